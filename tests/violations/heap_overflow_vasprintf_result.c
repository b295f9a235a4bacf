// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// vasprintf's result has exactly the output and its NUL: appending to it
// in place writes past the block.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *fmt_new(const char *fmt, ...)
{
    va_list ap;
    char *r;
    va_start(ap, fmt);
    if (vasprintf(&r, fmt, ap) < 0)
        r = NULL;
    va_end(ap);
    return r;
}

int main(void)
{
    char *s = fmt_new("%s=%d", "level", 3);
    printf("%s\n", s);
    size_t n = strlen(s);
    s[n + 1] = '!'; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
level=3
*/
