#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const char *inputs[] = {"3.14159", "  -2.5e3abc", "1e-5", "0x1.8p1", ".5", "inf", "-INFINITY", "nan", "12.", "abc", "1e400"};
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        char *end;
        double d = strtod(inputs[i], &end);
        if (d != d) printf("'%s' -> nan consumed=%td\n", inputs[i], end - inputs[i]);
        else printf("'%s' -> %g consumed=%td\n", inputs[i], d, end - inputs[i]);
    }
    char *end;
    float f = strtof("1.1", &end);
    printf("strtof 1.1 = %.9g\n", (double)f);
    long double ld = strtold("1.1", &end);
    printf("strtold 1.1 = %.19Lg\n", ld);
    printf("atof=%g\n", atof("6.02e23"));
    const char *csv = "1.5,2.25,-0.75,4";
    double sum = 0;
    const char *p = csv;
    for (;;) {
        sum += strtod(p, &end);
        if (*end != ',') break;
        p = end + 1;
    }
    printf("csv sum=%g\n", sum);
    return 0;
}

/* EXPECT-STDOUT:
'3.14159' -> 3.14159 consumed=7
'  -2.5e3abc' -> -2500 consumed=8
'1e-5' -> 1e-05 consumed=4
'0x1.8p1' -> 3 consumed=7
'.5' -> 0.5 consumed=2
'inf' -> inf consumed=3
'-INFINITY' -> -inf consumed=9
'nan' -> nan consumed=3
'12.' -> 12 consumed=3
'abc' -> 0 consumed=0
'1e400' -> inf consumed=5
strtof 1.1 = 1.10000002
strtold 1.1 = 1.1
atof=6.02e+23
csv sum=7
*/
