// Every heap block is aligned for any object type that fits in it: a type
// aligned to 16 bytes has a size that is a multiple of 16, so a block of n
// bytes needs the largest power of two dividing n, up to 16 (safec's small
// blocks come in 8-byte steps; glibc aligns everything to 16).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wide { long double x; };
struct pair { __int128 a; char tag; };

int main(void)
{
    int bad = 0, n_blocks = 0;
    void *keep[700];
    for (size_t n = 1; n <= 700; n++) {
        size_t need = n & -n;
        if (need > 16)
            need = 16;
        char *p = malloc(n);
        if ((uintptr_t)p % need)
            bad++;
        memset(p, (int)n, n);
        keep[n - 1] = p;
        n_blocks++;
    }
    long double sum = 0;
    for (int k = 1; k <= 20; k++) {
        struct wide *w = malloc((size_t)k * sizeof *w);
        struct pair *q = malloc(sizeof *q);
        if ((uintptr_t)w % _Alignof(struct wide) || (uintptr_t)q % _Alignof(struct pair))
            bad++;
        for (int i = 0; i < k; i++)
            w[i].x = (long double)i / 4;
        q->a = (__int128)k << 70;
        q->tag = 'q';
        sum += w[k - 1].x + (long double)(q->a >> 70);
        free(w);
        free(q);
    }
    for (int i = 0; i < 700; i++)
        free(keep[i]);
    printf("%d blocks, %d misaligned, sum %.2Lf\n", n_blocks, bad, sum);
    return 0;
}
/* EXPECT-STDOUT:
700 blocks, 0 misaligned, sum 257.50
*/
