// A heap table filled in a scattered order (a permutation) and read back
// in order and at random, by loops and by single reads, in every mode.
#include <stdio.h>
#include <stdlib.h>

static unsigned at(const unsigned *t, int i) { return t[i]; }

int main(void)
{
    int n = 1000;
    unsigned *tt = malloc((size_t)n * sizeof *tt);
    if (!tt)
        return 2;
    for (int i = 0; i < n; i++)
        tt[(i * 7) % n] = (unsigned)i;
    unsigned long s = 0;
    for (int i = 0; i < n; i++)
        s += tt[i];
    unsigned p = 0;
    for (int k = 0; k < 5000; k++)
        p = at(tt, (int)((p * 31 + 7) % (unsigned)n));
    printf("%lu %u\n", s, p);
    free(tt);
    return 0;
}
/* EXPECT-STDOUT:
499500 0
*/
