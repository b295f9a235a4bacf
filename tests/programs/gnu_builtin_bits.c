#include <stdio.h>
#include <stdint.h>

int main(void) {
    unsigned vals[] = {1, 2, 3, 0x80, 0xF0F0, 0x80000000u, 0xFFFFFFFFu, 0x00010000u};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        unsigned v = vals[i];
        printf("%08x clz=%2d ctz=%2d pop=%2d parity=%d ffs=%2d\n", v, __builtin_clz(v), __builtin_ctz(v),
               __builtin_popcount(v), __builtin_parity(v), __builtin_ffs((int)v));
    }
    printf("ffs(0)=%d\n", __builtin_ffs(0));
    unsigned long long big = 0x0000100000000000ULL;
    printf("clzll=%d ctzll=%d popll=%d\n", __builtin_clzll(big), __builtin_ctzll(big), __builtin_popcountll(0xFFFFFFFFFFULL));
    printf("clzl=%d\n", __builtin_clzl(1UL));
    uint16_t h = 0x1234;
    uint32_t w = 0x12345678u;
    uint64_t q = 0x0102030405060708ULL;
    printf("bswap16=%04x bswap32=%08x bswap64=%016llx\n", __builtin_bswap16(h), __builtin_bswap32(w),
           (unsigned long long)__builtin_bswap64(q));
    /* log2 via clz */
    for (unsigned n = 1; n <= 1000; n *= 7) printf("log2(%u)=%d ", n, 31 - __builtin_clz(n));
    printf("\n");
    /* next power of two */
    for (unsigned n = 3; n < 200; n = n * 3 + 1) printf("np2(%u)=%u ", n, 1u << (32 - __builtin_clz(n - 1)));
    printf("\n");
    printf("clrsb(-1)=%d clrsb(1)=%d\n", __builtin_clrsb(-1), __builtin_clrsb(1));
    return 0;
}

/* EXPECT-STDOUT:
00000001 clz=31 ctz= 0 pop= 1 parity=1 ffs= 1
00000002 clz=30 ctz= 1 pop= 1 parity=1 ffs= 2
00000003 clz=30 ctz= 0 pop= 2 parity=0 ffs= 1
00000080 clz=24 ctz= 7 pop= 1 parity=1 ffs= 8
0000f0f0 clz=16 ctz= 4 pop= 8 parity=0 ffs= 5
80000000 clz= 0 ctz=31 pop= 1 parity=1 ffs=32
ffffffff clz= 0 ctz= 0 pop=32 parity=0 ffs= 1
00010000 clz=15 ctz=16 pop= 1 parity=1 ffs=17
ffs(0)=0
clzll=19 ctzll=44 popll=40
clzl=63
bswap16=3412 bswap32=78563412 bswap64=0807060504030201
log2(1)=0 log2(7)=2 log2(49)=5 log2(343)=8 
np2(3)=4 np2(10)=16 np2(31)=32 np2(94)=128 
clrsb(-1)=31 clrsb(1)=30
*/
