// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 13, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// malloc'ed memory is read before anything was written to it.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *counts = malloc(4 * sizeof *counts);
    printf("start\n");
    counts[0]++; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", counts[0]);
    free(counts);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
