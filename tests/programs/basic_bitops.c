#include <stdio.h>

static int popcount_manual(unsigned x) {
    int n = 0;
    while (x) { x &= x - 1; n++; }
    return n;
}

static unsigned reverse_bits(unsigned x) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1u);
        x >>= 1;
    }
    return r;
}

int main(void) {
    unsigned a = 0xF0F0F0F0u, b = 0x0FF00FF0u;
    printf("and=%08x or=%08x xor=%08x nota=%08x\n", a & b, a | b, a ^ b, ~a);
    int sa = -6, sb = 13;
    printf("sand=%d sor=%d sxor=%d snot=%d\n", sa & sb, sa | sb, sa ^ sb, ~sa);

    unsigned vals[] = {0, 1, 7, 0x80000000u, 0xFFFFFFFFu, 0x12345678u};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        unsigned v = vals[i];
        printf("%08x pop=%d rev=%08x lowbit=%08x\n", v, popcount_manual(v), reverse_bits(v), v & (0u - v));
    }

    /* set / clear / toggle / test */
    unsigned flags = 0;
    flags |= 1u << 3;
    flags |= 1u << 7;
    flags ^= 1u << 0;
    flags &= ~(1u << 3);
    printf("flags=%x bit7=%d bit3=%d\n", flags, !!(flags & (1u << 7)), !!(flags & (1u << 3)));

    /* swap via xor */
    int x = 123, y = 456;
    x ^= y; y ^= x; x ^= y;
    printf("x=%d y=%d\n", x, y);

    /* power-of-two checks */
    for (unsigned n = 1; n <= 17; n += 4)
        printf("%u is pow2: %d\n", n, (n & (n - 1)) == 0);
    return 0;
}

/* EXPECT-STDOUT:
and=00f000f0 or=fff0fff0 xor=ff00ff00 nota=0f0f0f0f
sand=8 sor=-1 sxor=-9 snot=5
00000000 pop=0 rev=00000000 lowbit=00000000
00000001 pop=1 rev=80000000 lowbit=00000001
00000007 pop=3 rev=e0000000 lowbit=00000001
80000000 pop=1 rev=00000001 lowbit=80000000
ffffffff pop=32 rev=ffffffff lowbit=00000001
12345678 pop=13 rev=1e6a2c48 lowbit=00000008
flags=81 bit7=1 bit3=0
x=456 y=123
1 is pow2: 1
5 is pow2: 0
9 is pow2: 0
13 is pow2: 0
17 is pow2: 0
*/
