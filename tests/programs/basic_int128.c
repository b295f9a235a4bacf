#include <stdio.h>
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(const char *label, u128 v) {
    printf("%s hi=%016llx lo=%016llx\n", label, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static void print_dec(u128 v) {
    char buf[64];
    int n = 0;
    if (v == 0) buf[n++] = '0';
    while (v) { buf[n++] = (char)('0' + (int)(v % 10)); v /= 10; }
    while (n) putchar(buf[--n]);
    putchar('\n');
}

int main(void) {
    u128 a = (u128)UINT64_MAX * UINT64_MAX;
    print_u128("max*max", a);
    print_dec(a);
    u128 f = 1;
    for (int i = 1; i <= 30; i++) f *= (u128)i;
    printf("30! = ");
    print_dec(f);
    i128 neg = -((i128)1 << 100);
    print_u128("-(1<<100)", (u128)neg);
    i128 q = neg / 3, r = neg % 3;
    printf("neg/3 lo=%lld r=%lld\n", (long long)(uint64_t)q, (long long)r);
    i128 sh = neg >> 90;
    printf("neg>>90=%lld\n", (long long)sh);
    u128 x = ((u128)0x0123456789abcdefULL << 64) | 0xfedcba9876543210ULL;
    print_u128("x", x);
    print_u128("x>>4", x >> 4);
    print_u128("x<<8", x << 8);
    print_u128("~x", ~x);
    printf("x>a=%d x<a=%d\n", x > a, x < a);
    printf("sizeof=%zu\n", sizeof(u128));
    return 0;
}

/* EXPECT-STDOUT:
max*max hi=fffffffffffffffe lo=0000000000000001
340282366920938463426481119284349108225
30! = 265252859812191058636308480000000
-(1<<100) hi=fffffff000000000 lo=0000000000000000
neg/3 lo=-6148914691236517205 r=-1
neg>>90=-1024
x hi=0123456789abcdef lo=fedcba9876543210
x>>4 hi=00123456789abcde lo=ffedcba987654321
x<<8 hi=23456789abcdeffe lo=dcba987654321000
~x hi=fedcba9876543210 lo=0123456789abcdef
x>a=0 x<a=1
sizeof=16
*/
