// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// %f with an int argument.
#include <stdio.h>

int main(void)
{
    int ratio = 3;
    printf("start\n");
    printf("ratio %f\n", ratio); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
