// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// fprintf to stdout with more conversions than arguments.
#include <stdio.h>

int main(void)
{
    const char *file = "a.c";
    printf("start\n");
    fprintf(stdout, "%s:%d: %s\n", file, 12); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
