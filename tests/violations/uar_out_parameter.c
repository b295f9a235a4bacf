// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A function hands out a pointer to its local array through an out parameter.
#include <stdio.h>

__attribute__((noinline)) static void get_buffer(int **out)
{
    int local[4] = {1, 2, 3, 4};
    *out = local;
}

int main(void)
{
    int *buf;
    get_buffer(&buf);
    printf("start\n");
    buf[0] = 10; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
