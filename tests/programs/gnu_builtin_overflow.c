#include <stdio.h>
#include <limits.h>
#include <stdint.h>

int main(void) {
    int r;
    int o = __builtin_add_overflow(INT_MAX, 1, &r);
    printf("INT_MAX+1: overflow=%d r=%d\n", o, r);
    o = __builtin_add_overflow(100, 200, &r);
    printf("100+200: overflow=%d r=%d\n", o, r);
    o = __builtin_sub_overflow(INT_MIN, 1, &r);
    printf("INT_MIN-1: overflow=%d r=%d\n", o, r);
    o = __builtin_mul_overflow(65536, 65536, &r);
    printf("65536*65536: overflow=%d r=%d\n", o, r);
    long long ll;
    o = __builtin_mul_overflow(65536, 65536, &ll);
    printf("into long long: overflow=%d r=%lld\n", o, ll);
    unsigned u;
    o = __builtin_sub_overflow(0u, 1u, &u);
    printf("0u-1u: overflow=%d u=%u\n", o, u);
    o = __builtin_add_overflow(-1, 0, &u);
    printf("-1 into unsigned: overflow=%d u=%u\n", o, u);
    uint8_t b;
    o = __builtin_add_overflow(200, 100, &b);
    printf("200+100 into u8: overflow=%d b=%u\n", o, b);
    /* safe factorial with overflow detection */
    int64_t f = 1;
    int n;
    for (n = 1; n < 30; n++) {
        int64_t nf;
        if (__builtin_mul_overflow(f, (int64_t)n, &nf)) break;
        f = nf;
    }
    printf("largest factorial fitting int64: %d! = %lld\n", n - 1, (long long)f);
    o = __builtin_smul_overflow(3000000, 1000, &r);
    printf("smul: overflow=%d\n", o);
    unsigned long ul;
    o = __builtin_uaddl_overflow(ULONG_MAX, 2UL, &ul);
    printf("uaddl: overflow=%d ul=%lu\n", o, ul);
    return 0;
}

/* EXPECT-STDOUT:
INT_MAX+1: overflow=1 r=-2147483648
100+200: overflow=0 r=300
INT_MIN-1: overflow=1 r=2147483647
65536*65536: overflow=1 r=0
into long long: overflow=0 r=4294967296
0u-1u: overflow=1 u=4294967295
-1 into unsigned: overflow=1 u=4294967295
200+100 into u8: overflow=1 b=44
largest factorial fitting int64: 20! = 2432902008176640000
smul: overflow=1
uaddl: overflow=1 ul=1
*/
