// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 18, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// Uninitialized heap bytes are copied into a local; reading the copy is still
// a read of uninitialized data (copying itself is fine).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    double *src = malloc(2 * sizeof *src);
    src[0] = 1.0;
    double local[2];
    memcpy(local, src, sizeof local);
    printf("start %.1f\n", local[0]);
    double d = local[1] * 2; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%f\n", d);
    free(src);
    return 0;
}
/* EXPECT-STDOUT:
start 1.0
*/
