#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr1;
static volatile sig_atomic_t got_usr2;
static volatile sig_atomic_t last_signo;

static void on_usr1(int sig) { got_usr1++; last_signo = sig; }
static void on_usr2_info(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    got_usr2++;
    last_signo = info->si_signo;
    (void)sig;
}

int main(void) {
    printf("SIGINT=%d SIGTERM=%d SIGUSR1=%d SIGUSR2=%d SIGSEGV=%d SIGKILL=%d\n", SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGSEGV, SIGKILL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    if (sigaction(SIGUSR1, &sa, NULL) != 0) { puts("sigaction failed"); return 1; }
    struct sigaction sa2;
    memset(&sa2, 0, sizeof sa2);
    sa2.sa_sigaction = on_usr2_info;
    sigemptyset(&sa2.sa_mask);
    sigaddset(&sa2.sa_mask, SIGUSR1);
    sa2.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa2, NULL);
    printf("mask has USR1=%d USR2=%d\n", sigismember(&sa2.sa_mask, SIGUSR1), sigismember(&sa2.sa_mask, SIGUSR2));
    raise(SIGUSR1);
    raise(SIGUSR1);
    raise(SIGUSR2);
    printf("usr1=%d usr2=%d last=%d\n", (int)got_usr1, (int)got_usr2, (int)last_signo);
    struct sigaction old;
    sigaction(SIGUSR1, NULL, &old);
    printf("old handler is on_usr1: %d flags SA_SIGINFO=%d\n", old.sa_handler == on_usr1, (old.sa_flags & SA_SIGINFO) != 0);
    /* block, raise, check pending, unblock */
    sigset_t set, oldset, pending;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &oldset);
    raise(SIGUSR1);
    sigpending(&pending);
    printf("pending while blocked=%d count=%d\n", sigismember(&pending, SIGUSR1), (int)got_usr1);
    sigprocmask(SIG_SETMASK, &oldset, NULL);
    printf("after unblock count=%d\n", (int)got_usr1);
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("ignored count=%d\n", (int)got_usr1);
    return 0;
}

/* EXPECT-STDOUT:
SIGINT=2 SIGTERM=15 SIGUSR1=10 SIGUSR2=12 SIGSEGV=11 SIGKILL=9
mask has USR1=1 USR2=0
usr1=2 usr2=1 last=12
old handler is on_usr1: 1 flags SA_SIGINFO=0
pending while blocked=1 count=2
after unblock count=3
ignored count=3
*/
