// A heap struct never wholly written (its first member stays unwritten, as
// in bzip2's DState): its member arrays are filled, shuffled and read in
// loops, written out of order, and one is only half used.
#include <stdio.h>
#include <stdlib.h>

struct state {
    int unused;
    unsigned char mtf[256];
    int freq[64];
    short half[32];
};

int main(void)
{
    struct state *s = malloc(sizeof *s);
    if (!s)
        return 1;
    for (int i = 0; i < 256; i++)
        s->mtf[i] = (unsigned char)i;
    for (int i = 63; i >= 0; i--)
        s->freq[i] = 0;
    for (int i = 0; i < 16; i++)
        s->half[i] = (short)(i * i);
    unsigned long h = 0;
    for (int rep = 0; rep < 1000; rep++) {
        int pp = (rep * 37) % 200 + 20;
        unsigned char uc = s->mtf[pp];
        while (pp > 0) {
            s->mtf[pp] = s->mtf[pp - 1];
            pp--;
        }
        s->mtf[0] = uc;
        s->freq[uc & 63]++;
        h = h * 31 + s->mtf[rep & 255] + (unsigned long)s->half[rep & 15];
    }
    int top = 0;
    for (int i = 1; i < 64; i++)
        if (s->freq[i] > s->freq[top])
            top = i;
    printf("%lu %d %d %d\n", h, top, s->freq[top], s->mtf[100]);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
7344965038595877705 27 26 8
*/
