// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A NULL-terminated variadic list (like execl) is called without the NULL.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static size_t total_length(const char *first, ...)
{
    va_list ap;
    size_t n = 0;
    va_start(ap, first);
    for (const char *s = first; s != NULL; s = va_arg(ap, const char *)) // VIOLATION: vararg-violation
        n += strlen(s);
    va_end(ap);
    return n;
}

int main(void)
{
    printf("start %zu\n", total_length("ab", "cde", (char *)NULL));
    size_t n = total_length("ab", "cde");
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    return 0;
}
/* EXPECT-STDOUT:
start 5
*/
