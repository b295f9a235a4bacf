#include <stdio.h>
#include <stdint.h>

int main(void) {
    unsigned int u = 1;
    for (int i = 0; i < 32; i += 5)
        printf("1u<<%d = %u\n", i, u << i);

    uint64_t big = 1;
    printf("1<<63 = %llu\n", (unsigned long long)(big << 63));

    /* right shift of unsigned is logical */
    unsigned int h = 0x80000000u;
    printf("h>>31 = %u h>>1 = %x\n", h >> 31, h >> 1);

    /* right shift of negative is arithmetic on gcc */
    int neg = -16;
    printf("-16>>2 = %d\n", neg >> 2);

    /* shifting promoted chars */
    unsigned char c = 0xF0;
    printf("c>>4 = %d c<<1 = %d\n", c >> 4, c << 1);

    /* shift count from variable */
    int s = 3;
    long long L = 5LL << (s * 10);
    printf("5<<30 = %lld\n", L);

    /* rotations */
    uint32_t x = 0x12345678u;
    for (int r = 0; r < 32; r += 8) {
        uint32_t rot = r ? (x << r) | (x >> (32 - r)) : x;
        printf("rotl(%d)=%08x\n", r, rot);
    }

    /* extracting fields with shifts and masks */
    uint32_t packed = (3u << 28) | (0x1ABu << 16) | 0xBEEFu;
    printf("top=%u mid=%x low=%x\n", packed >> 28, (packed >> 16) & 0xFFF, packed & 0xFFFF);

    /* compound shift assignment */
    unsigned v = 0xFFFF;
    v <<= 8;
    v >>= 4;
    printf("v=%x\n", v);
    return 0;
}

/* EXPECT-STDOUT:
1u<<0 = 1
1u<<5 = 32
1u<<10 = 1024
1u<<15 = 32768
1u<<20 = 1048576
1u<<25 = 33554432
1u<<30 = 1073741824
1<<63 = 9223372036854775808
h>>31 = 1 h>>1 = 40000000
-16>>2 = -4
c>>4 = 15 c<<1 = 480
5<<30 = 5368709120
rotl(0)=12345678
rotl(8)=34567812
rotl(16)=56781234
rotl(24)=78123456
top=3 mid=1ab low=beef
v=ffff0
*/
