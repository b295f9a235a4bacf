// ASAN: misses (no report (only incidental UBSan signed-overflow on garbage values))  [gcc 12 -fsanitize=address,undefined, default options]
// int (*)(int) is called through a double (*)(double, double) pointer.
#include <stdio.h>

static int square(int x)
{
    return x * x;
}

typedef double (*binop)(double, double);

int main(void)
{
    binop op = (binop)square;
    printf("start\n");
    double r = op(1.5, 2.5); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    printf("%f\n", r);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
