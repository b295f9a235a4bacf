// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// %ld with an int argument (different argument class on the va_list).
#include <stdio.h>

int main(void)
{
    int n = 5;
    printf("start\n");
    printf("%ld items\n", n); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
