// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A two-argument function is called through a one-argument pointer type.
#include <stdio.h>

static int add(int a, int b)
{
    return a + b;
}

int main(void)
{
    int (*inc)(int) = (int (*)(int))add;
    printf("start\n");
    int r = inc(1); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    printf("%d\n", r);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
