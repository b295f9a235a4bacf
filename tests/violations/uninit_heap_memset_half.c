// ASAN: misses (no report)
// memset clears only the first half of a heap array; the second half is read.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    long *a = malloc(8 * sizeof *a);
    memset(a, 0, 4 * sizeof *a);
    long s = 0;
    for (int i = 0; i < 4; i++)
        s += a[i];
    printf("start %ld\n", s);
    s += a[6]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%ld\n", s);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start 0
*/
