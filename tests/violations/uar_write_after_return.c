// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A result pointer into a returned frame is written after another call has
// reused the stack.
#include <stdio.h>

__attribute__((noinline)) static long *scratch(void)
{
    long tmp[4] = {0};
    long *p = tmp;
    return p + 1;
}

__attribute__((noinline)) static long other(long x)
{
    volatile long a[8];
    for (int i = 0; i < 8; i++)
        a[i] = x + i;
    return a[7];
}

int main(void)
{
    long *p = scratch();
    long r = other(3);
    printf("start %ld\n", r);
    *p = 99; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start 10
*/
