// ASAN: misses (no report)
// aligned_alloc memory, like malloc's, starts unwritten.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    double *v = aligned_alloc(64, 8 * sizeof *v);
    v[0] = 1.5;
    printf("start %.1f\n", v[0]);
    double d = v[1]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%f\n", d);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start 1.5
*/
