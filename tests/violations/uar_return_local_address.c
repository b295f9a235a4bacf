// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A function returns the address of its local variable; the caller
// dereferences it after the frame is gone.
#include <stdio.h>

__attribute__((noinline)) static int *make_counter(int start)
{
    int counter = start;
    int *p = &counter;
    return p;
}

int main(void)
{
    int *c = make_counter(5);
    printf("start\n");
    int v = *c; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
