#include <stdio.h>
#include <stdint.h>

struct w {
    unsigned b1 : 1;
    unsigned b2 : 2;
    unsigned b5 : 5;
    unsigned b7 : 7;
    unsigned b9 : 9;
    unsigned b8 : 8;
    unsigned b16 : 16;
    unsigned b17 : 17;
    unsigned b31 : 31;
    unsigned b32 : 32;
    int s13 : 13;
    int s32 : 32;
};

int main(void) {
    struct w x = {0};
    unsigned ones = 0xFFFFFFFFu;
    x.b1 = ones; x.b2 = ones; x.b5 = ones; x.b7 = ones;
    x.b9 = ones; x.b8 = ones; x.b16 = ones; x.b17 = ones;
    x.b31 = ones; x.b32 = ones;
    printf("max: %u %u %u %u %u %u %u %u %u %u\n", x.b1, x.b2, x.b5, x.b7, x.b9, x.b8, x.b16, x.b17, x.b31, x.b32);
    int smax13 = 4095, smin13 = -4096;
    x.s13 = smax13;
    x.s32 = 2147483647;
    printf("s13=%d s32=%d\n", x.s13, x.s32);
    x.s13 = smin13;
    x.s32 = -2147483647 - 1;
    printf("s13=%d s32=%d\n", x.s13, x.s32);
    uint32_t pattern = 0xA5A5A5A5u;
    x.b1 = pattern; x.b2 = pattern; x.b5 = pattern; x.b7 = pattern; x.b9 = pattern;
    x.b8 = pattern; x.b16 = pattern; x.b17 = pattern; x.b31 = pattern; x.b32 = pattern;
    printf("pat: %x %x %x %x %x %x %x %x %x %x\n", x.b1, x.b2, x.b5, x.b7, x.b9, x.b8, x.b16, x.b17, x.b31, x.b32);
    printf("sizeof=%zu\n", sizeof x);
    unsigned long long sum = (unsigned long long)x.b31 + x.b32 + x.b17;
    printf("sum=%llu\n", sum);
    return 0;
}

/* EXPECT-STDOUT:
max: 1 3 31 127 511 255 65535 131071 2147483647 4294967295
s13=4095 s32=2147483647
s13=-4096 s32=-2147483648
pat: 1 1 5 25 1a5 a5 a5a5 1a5a5 25a5a5a5 a5a5a5a5
sizeof=28
sum=3410817263
*/
