#include <stdio.h>

static double my_sqrt(double x) {
    double g = x > 1 ? x / 2 : 1.0;
    for (int i = 0; i < 60; i++) g = 0.5 * (g + x / g);
    return g;
}

static double my_exp(double x) {
    double term = 1.0, sum = 1.0;
    for (int i = 1; i < 40; i++) {
        term *= x / i;
        sum += term;
    }
    return sum;
}

static double horner(const double *c, int n, double x) {
    double r = 0.0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}

int main(void) {
    printf("sqrt(2)=%.15f\n", my_sqrt(2.0));
    printf("sqrt(144)=%.15f\n", my_sqrt(144.0));
    printf("exp(1)=%.15f\n", my_exp(1.0));
    printf("exp(-2)=%.15f\n", my_exp(-2.0));
    double c[] = {1.0, -3.0, 0.5, 2.0};
    for (double x = -2.0; x <= 2.0; x += 1.0)
        printf("p(%g)=%g\n", x, horner(c, 4, x));

    /* accumulation and rounding */
    double s = 0.0;
    for (int i = 0; i < 10; i++) s += 0.1;
    printf("sum 0.1 x10 = %.17g equal1=%d\n", s, s == 1.0);

    /* integral conversions */
    double d = -3.7;
    printf("(int)-3.7=%d (int)3.7=%d\n", (int)d, (int)-d);
    printf("(long)1e15=%ld\n", (long)1e15);

    /* comparisons */
    double a = 0.1 + 0.2, b = 0.3;
    printf("0.1+0.2==0.3: %d diff=%.3e\n", a == b, a - b);

    /* division */
    printf("1/3=%.17g 2/3*3=%.17g\n", 1.0 / 3.0, 2.0 / 3.0 * 3.0);
    float fa = 1.0f / 3.0f;
    printf("float 1/3=%.9g\n", (double)fa);
    return 0;
}

/* EXPECT-STDOUT:
sqrt(2)=1.414213562373095
sqrt(144)=12.000000000000000
exp(1)=2.718281828459046
exp(-2)=0.135335283236613
p(-2)=-7
p(-1)=2.5
p(0)=1
p(1)=0.5
p(2)=13
sum 0.1 x10 = 0.99999999999999989 equal1=0
(int)-3.7=-3 (int)3.7=3
(long)1e15=1000000000000000
0.1+0.2==0.3: 0 diff=5.551e-17
1/3=0.33333333333333331 2/3*3=2
float 1/3=0.333333343
*/
