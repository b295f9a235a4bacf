#include <stdio.h>
#include <stdint.h>
#include <string.h>

union fbits { float f; uint32_t u; unsigned char bytes[4]; };
union dbits { double d; uint64_t u; };

static uint32_t float_bits(float f) { uint32_t u; memcpy(&u, &f, sizeof u); return u; }
static float bits_float(uint32_t u) { float f; memcpy(&f, &u, sizeof f); return f; }

int main(void) {
    float vals[] = {1.0f, -2.0f, 0.5f, 3.14159f, 0.0f, -0.0f};
    for (int i = 0; i < 6; i++) {
        uint32_t u = float_bits(vals[i]);
        printf("%g -> %08x sign=%u exp=%u mant=%06x\n", (double)vals[i], u, u >> 31, (u >> 23) & 0xFF, u & 0x7FFFFF);
    }
    printf("bits->float: %g %g\n", (double)bits_float(0x40490fdbu), (double)bits_float(0x3f800000u));
    union fbits fb;
    fb.f = 1.5f;
    printf("union u=%08x bytes(le)=%02x %02x %02x %02x\n", fb.u, fb.bytes[0], fb.bytes[1], fb.bytes[2], fb.bytes[3]);
    fb.u = 0xC0000000u;
    printf("union f=%g\n", (double)fb.f);
    union dbits db;
    db.d = 1.0 / 3.0;
    printf("double bits=%016llx\n", (unsigned long long)db.u);
    db.u += 1;
    printf("next double=%.17g\n", db.d);
    /* endianness check */
    uint32_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    printf("little endian: %d\n", first == 1);
    /* integer reinterpretation via memcpy */
    int32_t neg = -2;
    uint32_t asu;
    memcpy(&asu, &neg, sizeof asu);
    printf("-2 bits=%08x\n", asu);
    /* fast inverse sqrt style bit trick with memcpy */
    float x = 4.0f;
    uint32_t i;
    memcpy(&i, &x, 4);
    i = 0x5f3759dfu - (i >> 1);
    float y;
    memcpy(&y, &i, 4);
    y = y * (1.5f - 0.5f * x * y * y);
    printf("rsqrt(4)~%.4f\n", (double)y);
    return 0;
}

/* EXPECT-STDOUT:
1 -> 3f800000 sign=0 exp=127 mant=000000
-2 -> c0000000 sign=1 exp=128 mant=000000
0.5 -> 3f000000 sign=0 exp=126 mant=000000
3.14159 -> 40490fd0 sign=0 exp=128 mant=490fd0
0 -> 00000000 sign=0 exp=0 mant=000000
-0 -> 80000000 sign=1 exp=0 mant=000000
bits->float: 3.14159 1
union u=3fc00000 bytes(le)=00 00 c0 3f
union f=-2
double bits=3fd5555555555555
next double=0.33333333333333337
little endian: 1
-2 bits=fffffffe
rsqrt(4)~0.4992
*/
