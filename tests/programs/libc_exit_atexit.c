// EXIT: 5
#include <stdio.h>
#include <stdlib.h>

static int stage;
static void first_registered(void) { printf("atexit: first registered, runs last (stage=%d)\n", stage); }
static void second_registered(void) { printf("atexit: second registered, runs first\n"); stage++; }

static void deep(int n) {
    if (n > 0) {
        deep(n - 1);
        printf("not reached either\n");
        return;
    }
    printf("exiting from depth\n");
    exit(5);
}

int main(void) {
    atexit(first_registered);
    atexit(second_registered);
    stage = 1;
    printf("buffered output before exit\n");
    deep(10);
    printf("not reached\n");
    return 0;
}

/* EXPECT-STDOUT:
buffered output before exit
exiting from depth
atexit: second registered, runs first
atexit: first registered, runs last (stage=2)
*/
