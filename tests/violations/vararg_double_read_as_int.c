// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A double is passed where the variadic function reads an int.
#include <stdarg.h>
#include <stdio.h>

static int first_int(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int v = va_arg(ap, int); // VIOLATION: vararg-violation
    va_end(ap);
    printf("NOT-REACHED\n");
    return v;
}

int main(void)
{
    printf("start\n");
    printf("%d\n", first_int(1, 2.5));
    return 0;
}
/* EXPECT-STDOUT:
start
*/
