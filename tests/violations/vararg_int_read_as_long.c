// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// An int argument is read as long: the upper half of the slot is unspecified.
#include <stdarg.h>
#include <stdio.h>

static long get_long(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long v = va_arg(ap, long); // VIOLATION: vararg-violation
    va_end(ap);
    printf("NOT-REACHED\n");
    return v;
}

int main(void)
{
    printf("start\n");
    printf("%ld\n", get_long(1, 7));
    return 0;
}
/* EXPECT-STDOUT:
start
*/
