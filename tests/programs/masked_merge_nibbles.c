// Nibbles packed into a fresh heap array with a masked merge, as bzip2's
// SET_LL4 does (bzlib_private.h): `x = (x & 0xf0) | v` writes half of x and
// keeps the other half, which may not have been written yet -- a bit-field
// written by hand, accepted as a bit-field write is.
#include <stdio.h>
#include <stdlib.h>

#define SET_LL4(a, i, n)                                       \
    {                                                          \
        if (((i) & 0x1) == 0)                                  \
            (a)[(i) >> 1] = ((a)[(i) >> 1] & 0xf0) | (n);      \
        else                                                   \
            (a)[(i) >> 1] = ((a)[(i) >> 1] & 0x0f) | ((n) << 4); \
    }
#define GET_LL4(a, i) (((unsigned)(a)[(i) >> 1] >> (((i) << 2) & 0x4)) & 0xF)

int main(void)
{
    int n = 32;
    unsigned char *ll4 = malloc((size_t)n / 2);
    if (!ll4)
        return 1;
    for (int i = 0; i < n; i++)
        SET_LL4(ll4, i, (unsigned char)((i * 7) & 0xF));
    unsigned sum = 0;
    for (int i = 0; i < n; i++)
        sum = sum * 17 + GET_LL4(ll4, i);
    printf("%u %02x %02x\n", sum, ll4[0], ll4[15]);
    unsigned short *w = malloc(sizeof *w);
    if (!w)
        return 1;
    *w = (unsigned short)(0x5 | (*w & 0xFFF0));
    *w = (unsigned short)((*w & 0x000F) + 0x30);
    printf("%x\n", *w);
    free(w);
    free(ll4);
    return 0;
}
/* EXPECT-STDOUT:
3692088560 70 92
35
*/
