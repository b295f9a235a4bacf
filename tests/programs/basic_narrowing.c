#include <stdio.h>
#include <stdint.h>

int main(void) {
    int32_t vals[] = {0, 127, 128, 255, 256, -1, -128, -129, 65535, 65536, 70000, -70000};
    int n = sizeof vals / sizeof vals[0];
    for (int i = 0; i < n; i++) {
        int32_t v = vals[i];
        printf("%7d -> u8=%3u i8=%4d u16=%5u i16=%6d\n", v, (uint8_t)v, (int8_t)v, (uint16_t)v, (int16_t)v);
    }
    int64_t big = 0x123456789ABCDEFLL;
    printf("u32=%x i32=%d u16=%x\n", (uint32_t)big, (int32_t)big, (uint16_t)big);
    uint64_t ub = 0xFFFFFFFF00000001ull;
    printf("low32=%u\n", (uint32_t)ub);
    /* widening */
    int8_t sb = -5;
    uint8_t ubb = 251;
    printf("sext=%lld zext=%lld\n", (long long)sb, (long long)ubb);
    printf("u32 of -5 = %u, u64 of -5 = %llu\n", (uint32_t)sb, (unsigned long long)(uint64_t)sb);
    return 0;
}

/* EXPECT-STDOUT:
      0 -> u8=  0 i8=   0 u16=    0 i16=     0
    127 -> u8=127 i8= 127 u16=  127 i16=   127
    128 -> u8=128 i8=-128 u16=  128 i16=   128
    255 -> u8=255 i8=  -1 u16=  255 i16=   255
    256 -> u8=  0 i8=   0 u16=  256 i16=   256
     -1 -> u8=255 i8=  -1 u16=65535 i16=    -1
   -128 -> u8=128 i8=-128 u16=65408 i16=  -128
   -129 -> u8=127 i8= 127 u16=65407 i16=  -129
  65535 -> u8=255 i8=  -1 u16=65535 i16=    -1
  65536 -> u8=  0 i8=   0 u16=    0 i16=     0
  70000 -> u8=112 i8= 112 u16= 4464 i16=  4464
 -70000 -> u8=144 i8=-112 u16=61072 i16= -4464
u32=89abcdef i32=-1985229329 u16=cdef
low32=1
sext=-5 zext=251
u32 of -5 = 4294967291, u64 of -5 = 18446744073709551611
*/
