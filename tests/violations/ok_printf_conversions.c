// printf with every common conversion used correctly.
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    char c = 'A';
    signed char sc = -5;
    unsigned char uc = 250;
    short s = -1234;
    unsigned short us = 65000;
    int i = -42;
    unsigned u = 42u;
    long l = -1234567890L;
    unsigned long ul = 1234567890UL;
    long long ll = -9000000000LL;
    unsigned long long ull = 18000000000ULL;
    size_t z = 77;
    ptrdiff_t pd = -3;
    intmax_t im = INTMAX_C(123456789012);
    uint64_t u64 = UINT64_C(0xdeadbeef);
    double d = 3.14159;
    long double ld = 2.5L;
    printf("%c %hhd %hhu %hd %hu\n", c, sc, uc, s, us);
    printf("%d %i %u %o %x %X %#x\n", i, i, u, u, u, u, u);
    printf("%ld %lu %lld %llu\n", l, ul, ll, ull);
    printf("%zu %td %jd %" PRIu64 " %" PRIx64 "\n", z, pd, im, u64, u64);
    printf("%f %.2f %e %E %g %G %a\n", d, d, d, d, d, d, 1.0);
    printf("%Lf %.1Lf\n", ld, ld);
    printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
    printf("[%s] [%.3s] [%10s] [%-10s] [%*d] [%.*f]\n", "hello", "hello", "hi", "hi", 6, 7, 2, d);
    printf("%% %c%c\n", 'o', 'k');
    printf("%p %zu\n", (void *)0, sizeof(void *));
    return 0;
}
/* EXPECT-STDOUT:
A -5 250 -1234 65000
-42 -42 42 52 2a 2A 0x2a
-1234567890 1234567890 -9000000000 18000000000
77 -3 123456789012 3735928559 deadbeef
3.141590 3.14 3.141590e+00 3.141590E+00 3.14159 3.14159 0x1p+0
2.500000 2.5
[   42] [42   ] [00042] [+42] [ 42]
[hello] [hel] [        hi] [hi        ] [     7] [3.14]
% ok
(nil) 8
*/
