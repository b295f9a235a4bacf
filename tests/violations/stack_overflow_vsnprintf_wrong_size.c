// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_vsnprintf)  [gcc 12 -fsanitize=address,undefined, default options]
// vsnprintf is told the destination has 64 bytes; it has 16.
#include <stdarg.h>
#include <stdio.h>

static int format_into(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap); // VIOLATION: stack-buffer-overflow
    va_end(ap);
    printf("NOT-REACHED\n");
    return r;
}

int main(void)
{
    char small[16];
    printf("start\n");
    format_into(small, 64, "%s-%d", "a rather long identifier", 12345);
    printf("%s\n", small);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
