// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A void function is called through a pointer type returning int, and the
// (garbage) result is used.
#include <stdio.h>

static int calls;

static void bump(void)
{
    calls++;
}

int main(void)
{
    int (*get)(void) = (int (*)(void))bump;
    printf("start\n");
    int v = get(); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    printf("%d %d\n", v, calls);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
