#include <stdio.h>

static const char *tf(int v) { return v ? "true" : "false"; }

int main(void) {
    int neg = -1;
    unsigned int u = 1;
    /* -1 converted to unsigned: comparison is false */
    printf("-1 < 1u: %s\n", tf(neg < u));
    printf("-1 as unsigned: %u\n", (unsigned)neg);

    long ln = -1;
    /* long is 64-bit: unsigned int converts to long */
    printf("-1L < 1u: %s\n", tf(ln < u));

    unsigned long ul = 1;
    printf("-1L < 1ul: %s\n", tf(ln < ul));

    /* mixed arithmetic results */
    unsigned int big = 4000000000u;
    long long sum = big + 1000000000LL;
    printf("sum=%lld\n", sum);
    unsigned int wrap = big + 1000000000u;
    printf("wrap=%u\n", wrap);

    /* int / unsigned */
    int i = -7;
    unsigned int d = 2;
    printf("-7/2u=%u\n", i / d);
    printf("-7/2=%d -7%%2=%d\n", i / 2, i % 2);

    /* unsigned short + int -> int */
    unsigned short us = 10;
    int r = us - 20;
    printf("us-20=%d\n", r);

    /* unsigned char comparisons */
    unsigned char c1 = 1;
    printf("uc 1 > -1: %s\n", tf(c1 > -1));

    /* long long vs unsigned int */
    long long ll = -5;
    unsigned int ui = 3;
    printf("ll*ui=%lld\n", ll * ui);

    /* unsigned long long vs long long */
    unsigned long long ull = 10;
    long long sll = -3;
    printf("ull+sll=%llu\n", ull + sll);
    printf("sll<ull: %s\n", tf(sll < (long long)ull));

    /* integer to double conversions in mixed expr */
    double dd = 7 / 2 + 7 / 2.0;
    printf("dd=%.2f\n", dd);
    float f = 16777217;
    printf("f=%.1f\n", (double)f);
    return 0;
}

/* EXPECT-STDOUT:
-1 < 1u: false
-1 as unsigned: 4294967295
-1L < 1u: true
-1L < 1ul: false
sum=5000000000
wrap=705032704
-7/2u=2147483644
-7/2=-3 -7%2=-1
us-20=-10
uc 1 > -1: true
ll*ui=-15
ull+sll=7
sll<ull: true
dd=6.50
f=16777216.0
*/
