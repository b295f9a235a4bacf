// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// Reads argv[argc + 1]: past the NULL that ends the argv vector (in memory
// it is the first environment string, so plain C "works").  The argv vector
// is a runtime-registered object; its overflows are reported as global.
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("start\n");
    char c = argv[argc + 1][0]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", c != 0);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
