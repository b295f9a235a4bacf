#include <stdio.h>
#include <stdint.h>

static uint32_t lcg(uint32_t s) { return s * 1664525u + 1013904223u; }

int main(void) {
    uint8_t u8 = 250;
    uint16_t u16 = 65530;
    uint32_t u32 = 4294967290u;
    uint64_t u64 = 18446744073709551610ull;
    for (int i = 0; i < 8; i++) {
        u8 += 1; u16 += 1; u32 += 1; u64 += 1;
        printf("%u %u %u %llu\n", u8, u16, u32, (unsigned long long)u64);
    }
    uint32_t s = 12345;
    for (int i = 0; i < 6; i++) {
        s = lcg(s);
        printf("lcg %u\n", s);
    }
    uint32_t z = 0;
    z -= 1;
    printf("0-1=%u\n", z);
    uint32_t m = 0x10000u;
    printf("0x10000^2=%u\n", m * m);
    uint64_t h = 14695981039346656037ull;
    const char *str = "wrap";
    for (const char *p = str; *p; p++) { h ^= (unsigned char)*p; h *= 1099511628211ull; }
    printf("fnv=%016llx\n", (unsigned long long)h);
    unsigned short a = 60000, b = 60000;
    unsigned int prod = (unsigned)a * b;
    printf("prod=%u\n", prod);
    return 0;
}

/* EXPECT-STDOUT:
251 65531 4294967291 18446744073709551611
252 65532 4294967292 18446744073709551612
253 65533 4294967293 18446744073709551613
254 65534 4294967294 18446744073709551614
255 65535 4294967295 18446744073709551615
0 0 0 0
1 1 1 1
2 2 2 2
lcg 87628868
lcg 71072467
lcg 2332836374
lcg 2726892157
lcg 3908547000
lcg 483019191
0-1=4294967295
0x10000^2=0
fnv=bb8ba3f5d04f72c5
prod=3600000000
*/
