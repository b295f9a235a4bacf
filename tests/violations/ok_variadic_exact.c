// Variadic functions that read exactly the arguments that were passed.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static double average(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0;
}

static size_t join_len(const char *first, ...)
{
    va_list ap;
    size_t n = 0;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *))
        n += strlen(s);
    va_end(ap);
    return n;
}

static void mixed(const char *types, ...)
{
    va_list ap;
    va_start(ap, types);
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': printf("i=%d ", va_arg(ap, int)); break;
        case 'l': printf("l=%ld ", va_arg(ap, long)); break;
        case 'd': printf("d=%.1f ", va_arg(ap, double)); break;
        case 's': printf("s=%s ", va_arg(ap, const char *)); break;
        case 'p': printf("p=%d ", *va_arg(ap, int *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void)
{
    printf("%.2f\n", average(3, 1.0, 2.0, 4.5));
    printf("%.2f\n", average(0));
    printf("%zu\n", join_len("ab", "cde", "f", (char *)NULL));
    int x = 9;
    mixed("ildsp", 1, 2L, 3.5, "four", &x);
    return 0;
}
/* EXPECT-STDOUT:
2.50
0.00
6
i=1 l=2 d=3.5 s=four p=9 
*/
