// Bitfields of heap records, written one by one and read back; flags
// packed into shared bytes; a bitfield updated in place (|=, ++); records
// in an array filled in a loop.
#include <stdio.h>
#include <stdlib.h>

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    unsigned c : 12;
    unsigned char tag;
    long value;
};

int main(void)
{
    struct flags *f = malloc(sizeof *f);
    struct flags *v = malloc(8 * sizeof *v);
    if (!f || !v)
        return 2;
    f->a = 1;
    f->b = 5;
    f->c = 1000;
    f->tag = 'x';
    f->value = 42;
    f->b |= 2;
    f->c++;
    printf("%u %u %u %c %ld\n", f->a, f->b, f->c, f->tag, f->value);
    for (int i = 0; i < 8; i++) {
        v[i].a = (unsigned)i & 1;
        v[i].b = (unsigned)i;
        v[i].c = (unsigned)(i * 100);
        v[i].value = -i;
    }
    long s = 0;
    for (int i = 0; i < 8; i++)
        s += v[i].a + v[i].b * 10 + v[i].c + v[i].value;
    printf("%ld\n", s);
    free(f);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
1 7 1001 x 42
3056
*/
