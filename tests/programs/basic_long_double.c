#include <stdio.h>
#include <float.h>

int main(void) {
    long double a = 1.0L / 3.0L;
    printf("1/3 L = %.20Lf\n", a);
    printf("sizeof(long double) = %zu\n", sizeof(long double));
    printf("LDBL_MANT_DIG = %d\n", LDBL_MANT_DIG);
    long double f = 1.0L;
    for (int i = 1; i <= 25; i++) f *= i;
    printf("25! = %.0Lf\n", f);
    printf("25! g = %Lg e = %Le\n", f, f);
    long double x = 2.0L;
    long double g = 1.0L;
    for (int i = 0; i < 10; i++) g = (g + x / g) / 2.0L;
    printf("sqrt2 = %.19Lf\n", g);
    double d = (double)g;
    printf("as double = %.17g\n", d);
    long double big = 1e300L;
    big *= 1e100L;
    printf("1e400 = %Lg\n", big);
    long long ll = (long long)(1e18L + 7.0L);
    printf("ll = %lld\n", ll);
    long double neg = -0.000123L;
    printf("neg = %Lf %.3Le\n", neg, neg);
    return 0;
}

/* EXPECT-STDOUT:
1/3 L = 0.33333333333333333334
sizeof(long double) = 16
LDBL_MANT_DIG = 64
25! = 15511210043330985984000000
25! g = 1.55112e+25 e = 1.551121e+25
sqrt2 = 1.4142135623730950488
as double = 1.4142135623730951
1e400 = 1e+400
ll = 1000000000000000007
neg = -0.000123 -1.230e-04
*/
