// ASAN: misses (AddressSanitizer reports SEGV at line 13, not at the faulting line 11)  [gcc 12 -fsanitize=address,undefined, default options]
// An int is passed where the variadic function reads a char pointer.
#include <stdarg.h>
#include <stdio.h>

static void show(int count, ...)
{
    va_list ap;
    va_start(ap, count);
    for (int i = 0; i < count; i++) {
        const char *s = va_arg(ap, const char *); // VIOLATION: vararg-violation
        printf("NOT-REACHED\n");
        printf("%s\n", s);
    }
    va_end(ap);
}

int main(void)
{
    printf("start\n");
    show(1, 12345);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
