// measure: run a command and report its wall time, CPU time and peak RSS.
//
//   measure TIMEOUT_SECONDS RESULT_FILE PROGRAM [ARGS...]
//
// Writes one line to RESULT_FILE:
//   wall_seconds user_seconds sys_seconds maxrss_kib wait_status timed_out
//
// Why a helper: Linux carries the peak RSS of the process image that called
// exec() into the child's ru_maxrss, so a child forked from the (large) Python
// runner would report at least the runner's own RSS.  Forking from this tiny
// process keeps the measurement about the benchmark.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t timed_out;
static volatile pid_t child;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    if (child > 0)
        kill(child, SIGKILL);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: measure TIMEOUT_SECONDS RESULT_FILE PROGRAM [ARGS...]\n");
        return 125;
    }
    unsigned timeout = (unsigned)strtoul(argv[1], NULL, 10);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 125;
    }
    if (pid == 0) {
        execv(argv[3], argv + 3);
        fprintf(stderr, "measure: cannot execute %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    child = pid;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    if (timeout)
        alarm(timeout);

    int status = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("measure: wait4");
            return 125;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    alarm(0);

    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
    double sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    FILE *f = fopen(argv[2], "w");
    if (!f) {
        perror("measure: result file");
        return 125;
    }
    fprintf(f, "%.6f %.6f %.6f %ld %d %d\n", wall, user, sys, ru.ru_maxrss, status, (int)timed_out);
    fclose(f);
    return 0;
}
