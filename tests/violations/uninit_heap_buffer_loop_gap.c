// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A loop fills every other element of a heap array (the odd ones were
// meant to be filled by a second loop that was forgotten); the loop that
// sums them reads element 1.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("start\n");
    int n = 100;
    int *v = malloc(n * sizeof *v);
    if (!v)
        return 2;
    for (int i = 0; i < n; i += 2)
        v[i] = i;
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return (int)s;
}
/* EXPECT-STDOUT:
start
*/
