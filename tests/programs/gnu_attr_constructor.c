#include <stdio.h>
#include <stdlib.h>

static int initialized_value;
static int order[8];
static int norder;

__attribute__((constructor)) static void setup(void) {
    initialized_value = 1234;
    order[norder++] = 1;
}

__attribute__((constructor(200))) static void early(void) { order[norder++] = 200; }
__attribute__((constructor(300))) static void later(void) { order[norder++] = 300; }

__attribute__((destructor)) static void teardown(void) { printf("destructor ran, value=%d\n", initialized_value); }
__attribute__((destructor(200))) static void teardown200(void) { printf("destructor 200 ran last\n"); }

static void at_exit_handler(void) { printf("atexit handler\n"); }

int main(void) {
    atexit(at_exit_handler);
    printf("main: initialized_value=%d\n", initialized_value);
    printf("constructor order:");
    for (int i = 0; i < norder; i++) printf(" %d", order[i]);
    printf("\n");
    initialized_value = 99;
    return 0;
}

/* EXPECT-STDOUT:
main: initialized_value=1234
constructor order: 200 300 1
atexit handler
destructor ran, value=99
destructor 200 ran last
*/
