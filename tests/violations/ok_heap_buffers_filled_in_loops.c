// Heap buffers filled by loops in different orders (forwards, backwards,
// even then odd elements, through a moving pointer, a struct array member
// by member) and then read: every byte is written before it is read, so no
// report, and the sums match gcc's.
#include <stdio.h>
#include <stdlib.h>

struct rec {
    short id;
    long val;
};

int main(void)
{
    int n = 1000;
    unsigned char *a = malloc(n), *b = malloc(n);
    int *c = malloc(n * sizeof *c);
    struct rec *r = malloc(64 * sizeof *r);
    if (!a || !b || !c || !r)
        return 2;
    for (int i = 0; i < n; i++)
        a[i] = (unsigned char)(i * 7);
    for (int i = n - 1; i >= 0; i--)
        b[i] = (unsigned char)(a[i] ^ 0x5A);
    for (int i = 0; i < n; i += 2)
        c[i] = i;
    for (int i = 1; i < n; i += 2)
        c[i] = -i;
    for (int i = 0; i < 64; i++) {
        r[i].id = (short)i;
        r[i].val = i * 1000L;
    }
    unsigned char *p = a;
    for (int i = 0; i < 10; i++)
        *p++ = (unsigned char)i;
    long s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] + 3 * b[i] + c[i];
    for (int i = 0; i < 64; i++)
        s += r[i].id * r[i].val;
    printf("sum %ld\n", s);
    free(a);
    free(b);
    free(c);
    free(r);
    return 0;
}
/* EXPECT-STDOUT:
sum 85850590
*/
