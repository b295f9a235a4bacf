// Locals of a loop body whose address is passed to a function that writes
// them (out-parameters): each iteration's local starts unwritten, is written
// through the pointer (a scalar at once, a struct member by member, an array
// element by element) and is then read by name. Every read is of written
// bytes: no report in any mode.
#include <stdio.h>

struct pair {
    int lo;
    long hi;
};

static void get_int(int *out, int i) { *out = i * 7; }

static void get_pair(struct pair *out, int i)
{
    out->lo = i;
    out->hi = (long)i * i;
}

static void get_digits(char *out, int i)
{
    int n = 0;
    do {
        out[n++] = (char)('0' + i % 10);
        i /= 10;
    } while (i);
    out[n] = '\0';
}

int main(void)
{
    long s = 0;
    unsigned h = 0;
    for (int i = 0; i < 20000; i++) {
        int x;
        struct pair p;
        char digits[12];
        get_int(&x, i);
        get_pair(&p, i);
        get_digits(digits, i);
        s += x + p.lo + p.hi;
        for (const char *c = digits; *c; c++)
            h = h * 31 + (unsigned char)*c;
    }
    printf("%ld %u\n", s, h);
    return 0;
}
/* EXPECT-STDOUT:
2668066590000 402947728
*/
