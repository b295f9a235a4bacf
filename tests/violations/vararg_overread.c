// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A variadic sum is told there are three values but only two are passed.
#include <stdarg.h>
#include <stdio.h>

static int sum(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int); // VIOLATION: vararg-violation
    va_end(ap);
    return s;
}

int main(void)
{
    printf("start %d\n", sum(2, 10, 20));
    int s = sum(3, 1, 2);
    printf("NOT-REACHED\n");
    printf("%d\n", s);
    return 0;
}
/* EXPECT-STDOUT:
start 30
*/
