// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap table is filled in a scattered order (a permutation, as bzip2
// fills tt[]) that misses one slot; reading the table back in order reads
// the filled slots after the hole inline and stops at the hole.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 1000;
    unsigned *tt = malloc((size_t)n * sizeof *tt);
    if (!tt)
        return 2;
    for (int i = 0; i < n; i++)
        if ((i * 7) % n != 500)
            tt[(i * 7) % n] = (unsigned)i;
    unsigned long s = 0;
    for (int i = 0; i < 500; i++)
        s += tt[i];
    printf("start %lu\n", s);
    for (int i = 500; i < n; i++)
        s += tt[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(tt);
    return (int)s;
}
/* EXPECT-STDOUT:
start 231250
*/
