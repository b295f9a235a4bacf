// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer into a deeper recursion level is used after that level returned.
#include <stdio.h>

static int *deep;

__attribute__((noinline)) static int walk(int depth)
{
    int here = depth * 10;
    if (depth == 3) {
        deep = &here;
        return here;
    }
    return walk(depth + 1) + here;
}

int main(void)
{
    int total = walk(0);
    printf("start %d\n", total);
    int v = *deep; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start 60
*/
