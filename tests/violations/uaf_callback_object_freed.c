// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A timer object with a callback is freed on cancel; the dispatcher still
// loads the callback from the freed object.
#include <stdio.h>
#include <stdlib.h>

struct timer {
    void (*cb)(int);
    int arg;
};

static void tick(int a)
{
    printf("tick %d\n", a);
}

static struct timer *pending;

static void dispatch(void)
{
    void (*cb)(int) = pending->cb; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    cb(pending->arg);
}

int main(void)
{
    pending = malloc(sizeof *pending);
    pending->cb = tick;
    pending->arg = 1;
    printf("start\n");
    free(pending); /* cancel, but `pending` is not cleared */
    dispatch();
    return 0;
}
/* EXPECT-STDOUT:
start
*/
