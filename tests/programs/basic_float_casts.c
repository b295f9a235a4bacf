#include <stdio.h>
#include <stdint.h>

int main(void) {
    double ds[] = {0.0, 0.999, 1.5, -1.5, 2147483647.0, -2147483648.0, 1e10, 255.9};
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        double d = ds[i];
        long long ll = (long long)d;
        printf("%.3f -> ll %lld", d, ll);
        if (d > -2147483649.0 && d < 2147483648.0) printf(" int %d", (int)d);
        if (d >= 0 && d < 4294967296.0) printf(" uint %u", (unsigned)d);
        if (d >= 0 && d < 256.0) printf(" uchar %u", (unsigned char)d);
        printf("\n");
    }
    /* int to float precision loss */
    int32_t big = 16777217;
    float fb = (float)big;
    printf("16777217 -> float %.1f -> int %d\n", (double)fb, (int)fb);
    int64_t huge = 9007199254740993LL;
    double dh = (double)huge;
    printf("2^53+1 -> double %.1f\n", dh);
    /* unsigned 64-bit to double */
    uint64_t um = UINT64_MAX;
    printf("UINT64_MAX -> double %.1f\n", (double)um);
    uint64_t back = (uint64_t)1.8446744073709550e19;
    printf("back=%llu\n", (unsigned long long)back);
    /* float <-> double */
    float f = 3.14159265358979f;
    double d2 = f;
    printf("f=%.9g d2=%.17g\n", (double)f, d2);
    double dd = 0.1;
    float ff = (float)dd;
    printf("ff=%.9g\n", (double)ff);
    /* negative zero */
    double nz = -0.0;
    printf("nz=%g (int)nz=%d 1/nz<0=%d\n", nz, (int)nz, (1.0 / nz) < 0);
    /* char to float */
    char c = 'Z';
    printf("c as float=%.1f\n", (double)(float)c);
    return 0;
}

/* EXPECT-STDOUT:
0.000 -> ll 0 int 0 uint 0 uchar 0
0.999 -> ll 0 int 0 uint 0 uchar 0
1.500 -> ll 1 int 1 uint 1 uchar 1
-1.500 -> ll -1 int -1
2147483647.000 -> ll 2147483647 int 2147483647 uint 2147483647
-2147483648.000 -> ll -2147483648 int -2147483648
10000000000.000 -> ll 10000000000
255.900 -> ll 255 int 255 uint 255 uchar 255
16777217 -> float 16777216.0 -> int 16777216
2^53+1 -> double 9007199254740992.0
UINT64_MAX -> double 18446744073709551616.0
back=18446744073709549568
f=3.14159274 d2=3.1415927410125732
ff=0.100000001
nz=-0 (int)nz=0 1/nz<0=1
c as float=90.0
*/
