// EXIT: 4
#include <stdio.h>
#include <stdlib.h>

__attribute__((noreturn)) static void die(const char *msg, int code) {
    printf("fatal: %s\n", msg);
    fflush(stdout);
    exit(code);
}

_Noreturn static void die2(void) { exit(9); }

static int helper(int x, int unused_arg __attribute__((unused))) { return x * 2; }

__attribute__((unused)) static int never_called(void) { return 1; }

static int check(int v) {
    if (v < 0) die("negative value", 4);
    return v + 1;
}

__attribute__((warn_unused_result)) static int must_use(void) { return 7; }
__attribute__((const)) static int pure_square(int x) { return x * x; }
__attribute__((pure)) static int pure_len(const char *s) { int n = 0; while (s[n]) n++; return n; }
__attribute__((deprecated)) static int old_api(void) { return 3; }

int main(void) {
    int __attribute__((unused)) spare = 0;
    printf("helper=%d\n", helper(21, 0));
    printf("check(5)=%d\n", check(5));
    int r = must_use();
    printf("must_use=%d square=%d len=%d\n", r, pure_square(12), pure_len("noreturn"));
    if (r == 0) die2();
    printf("about to die\n");
    check(-1);
    printf("unreachable\n");
    return old_api();
}

/* EXPECT-STDOUT:
helper=42
check(5)=6
must_use=7 square=144 len=8
about to die
fatal: negative value
*/
