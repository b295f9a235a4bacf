// ASAN: misses (prints a garbage value for the missing %d)  [gcc 12 -fsanitize=address,undefined, default options]
// vfprintf through a wrapper that already consumed the first variadic
// argument: the format wants two more, one is left.
#include <stdarg.h>
#include <stdio.h>

static void report(int code, ...)
{
    va_list ap;
    va_start(ap, code);
    const char *fmt = va_arg(ap, const char *);
    printf("[%d]\n", code);
    vfprintf(stdout, fmt, ap); // VIOLATION: format-violation
    va_end(ap);
    printf("NOT-REACHED\n");
}

int main(void)
{
    printf("start\n");
    fflush(stdout);
    report(7, "%s: %d\n", "disk");
    return 0;
}
/* EXPECT-STDOUT:
start
[7]
*/
