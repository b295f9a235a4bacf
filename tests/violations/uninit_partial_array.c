// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 18, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// Only the first elements of a local array are filled; the sum reads them all.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int a[10];
    int filled = argc + 4; /* 5 without arguments */
    for (int i = 0; i < filled && i < 10; i++)
        a[i] = i;
    printf("start\n");
    int sum = 0;
    for (int i = 0; i < 10; i++)
        sum += a[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
