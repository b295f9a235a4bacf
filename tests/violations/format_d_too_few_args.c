// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// printf with two %d conversions and only one argument.
#include <stdio.h>

int main(void)
{
    int w = 3;
    printf("start\n");
    printf("%d x %d\n", w); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
