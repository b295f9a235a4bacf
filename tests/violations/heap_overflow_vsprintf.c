// ASAN: detects (AddressSanitizer: heap-buffer-overflow in __interceptor_vsprintf)  [gcc 12 -fsanitize=address,undefined, default options]
// vsprintf into a heap block sized for the format, not for the output.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *build(const char *fmt, ...)
{
    char *out = malloc(strlen(fmt) + 1);
    va_list ap;
    va_start(ap, fmt);
    vsprintf(out, fmt, ap); // VIOLATION: heap-buffer-overflow
    va_end(ap);
    printf("NOT-REACHED\n");
    return out;
}

int main(void)
{
    printf("start\n");
    char *s = build("%s/%s", "/usr/local/share", "configuration.ini");
    printf("%s\n", s);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
