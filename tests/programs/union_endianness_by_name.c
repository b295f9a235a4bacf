/* Struct and union locals used only by name (lz4's endianness test
 * `const union { U32 u; BYTE c[4]; } one = {1}; return one.c[0];`) get no
 * object record; their accesses are checked against the variable. */
#include <stdint.h>
#include <stdio.h>

static unsigned is_little_endian(void)
{
    const union { uint32_t u; unsigned char c[4]; } one = { 1 };
    return one.c[0];
}

struct counter {
    unsigned char hist[8];
    int total;
};

int main(void)
{
    unsigned t = 0;
    for (int i = 0; i < 1000; i++)
        t += is_little_endian();
    struct counter c = { {0}, 0 };
    for (int i = 0; i < 100; i++) {
        c.hist[i % 8]++;
        c.total++;
    }
    struct counter d = c;
    printf("%u %d %d %d\n", t, d.total, d.hist[0], d.hist[7]);
    return 0;
}

/* EXPECT-STDOUT:
1000 100 13 12
*/
