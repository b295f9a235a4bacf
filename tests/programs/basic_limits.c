#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("SHRT_MIN=%d SHRT_MAX=%d USHRT_MAX=%d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT_MIN=%d INT_MAX=%d UINT_MAX=%u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG_MIN=%ld LONG_MAX=%ld\n", LONG_MIN, LONG_MAX);
    printf("ULONG_MAX=%lu\n", ULONG_MAX);
    printf("LLONG_MIN=%lld LLONG_MAX=%lld\n", LLONG_MIN, LLONG_MAX);
    printf("ULLONG_MAX=%llu\n", ULLONG_MAX);
    printf("CHAR_BIT=%d\n", CHAR_BIT);

    /* boundary arithmetic that is well defined */
    int imax = INT_MAX;
    long long widened = (long long)imax + 1;
    printf("INT_MAX+1 as ll = %lld\n", widened);
    unsigned umax = UINT_MAX;
    printf("UINT_MAX+1 = %u\n", umax + 1u);
    printf("-(INT_MIN+1) = %d\n", -(INT_MIN + 1));
    printf("INT_MIN/-1 avoided; INT_MIN/2 = %d\n", INT_MIN / 2);
    printf("INT_MIN %% 7 = %d\n", INT_MIN % 7);

    /* unsigned negation */
    unsigned one = 1;
    printf("-1u = %u\n", -one);

    /* limits of short via conversion */
    short s = (short)SHRT_MAX;
    int s1 = s + 1;
    printf("SHRT_MAX+1 in int = %d\n", s1);
    unsigned short us = (unsigned short)(USHRT_MAX + 1);
    printf("USHRT_MAX+1 -> ushort = %u\n", us);
    return 0;
}

/* EXPECT-STDOUT:
SHRT_MIN=-32768 SHRT_MAX=32767 USHRT_MAX=65535
INT_MIN=-2147483648 INT_MAX=2147483647 UINT_MAX=4294967295
LONG_MIN=-9223372036854775808 LONG_MAX=9223372036854775807
ULONG_MAX=18446744073709551615
LLONG_MIN=-9223372036854775808 LLONG_MAX=9223372036854775807
ULLONG_MAX=18446744073709551615
CHAR_BIT=8
INT_MAX+1 as ll = 2147483648
UINT_MAX+1 = 0
-(INT_MIN+1) = 2147483647
INT_MIN/-1 avoided; INT_MIN/2 = -1073741824
INT_MIN % 7 = -2
-1u = 4294967295
SHRT_MAX+1 in int = 32768
USHRT_MAX+1 -> ushort = 0
*/
