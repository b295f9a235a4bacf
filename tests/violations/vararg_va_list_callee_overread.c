// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A va_list is handed to a helper that consumes one argument too many.
#include <stdarg.h>
#include <stdio.h>

static int take_pairs(int pairs, va_list ap)
{
    int s = 0;
    for (int i = 0; i < pairs; i++) {
        s += va_arg(ap, int);
        s += va_arg(ap, int); // VIOLATION: vararg-violation
    }
    return s;
}

static int sum_pairs(int pairs, ...)
{
    va_list ap;
    va_start(ap, pairs);
    int s = take_pairs(pairs, ap);
    va_end(ap);
    return s;
}

int main(void)
{
    printf("start %d\n", sum_pairs(1, 1, 2));
    int s = sum_pairs(2, 1, 2, 3);
    printf("NOT-REACHED\n");
    printf("%d\n", s);
    return 0;
}
/* EXPECT-STDOUT:
start 3
*/
