// ASAN: detects (AddressSanitizer: SEGV in the vprintf interceptor, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// A logging function forwards its arguments to vprintf; the caller passes an
// int where the format says %s.
#include <stdarg.h>
#include <stdio.h>

static void logmsg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap); // VIOLATION: format-violation
    va_end(ap);
    printf("NOT-REACHED\n");
}

int main(void)
{
    printf("start\n");
    logmsg("user %s logged in\n", 42);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
