// LDFLAGS: -lm
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, 0.5, 1.0, 2.0, 10.0};
    for (int i = 0; i < 5; i++) {
        double x = xs[i];
        printf("x=%-4g sqrt=%.10f exp=%.10g log1p=%.10f sin=%.10f cos=%.10f atan=%.10f\n",
               x, sqrt(x), exp(x), log1p(x), sin(x), cos(x), atan(x));
    }
    printf("pow(2,10)=%g pow(2,0.5)=%.15f cbrt(27)=%g hypot(3,4)=%g\n", pow(2, 10), pow(2, 0.5), cbrt(27.0), hypot(3, 4));
    printf("log(e)=%g log10(1000)=%g log2(1024)=%g\n", log(M_E), log10(1000.0), log2(1024.0));
    printf("floor/ceil/round/trunc(-2.5): %g %g %g %g\n", floor(-2.5), ceil(-2.5), round(-2.5), trunc(-2.5));
    printf("rint(2.5)=%g nearbyint(3.5)=%g lround(2.5)=%ld\n", rint(2.5), nearbyint(3.5), lround(2.5));
    printf("fmod(7.5,2)=%g remainder(7.5,2)=%g fabs(-3)=%g\n", fmod(7.5, 2), remainder(7.5, 2), fabs(-3.0));
    printf("atan2(1,-1)=%.10f M_PI=%.15f\n", atan2(1, -1), M_PI);
    int e;
    double m = frexp(48.0, &e);
    printf("frexp(48)=%g*2^%d ldexp(0.75,6)=%g\n", m, e, ldexp(0.75, 6));
    double ip;
    double fp = modf(-3.75, &ip);
    printf("modf(-3.75)=%g,%g\n", ip, fp);
    printf("fmin=%g fmax=%g fdim=%g copysign=%g\n", fmin(2, 3), fmax(2, 3), fdim(5, 3), copysign(2.0, -0.0));
    printf("isnan=%d isinf=%d isfinite=%d signbit=%d\n", isnan(NAN) != 0, isinf(INFINITY) != 0, isfinite(1.0) != 0, signbit(-0.0) != 0);
    printf("tanh(1)=%.12f asinh(1)=%.12f erf(1)=%.12f tgamma(5)=%g\n", tanh(1.0), asinh(1.0), erf(1.0), tgamma(5.0));
    printf("sqrtf(2)=%.7f powf=%g\n", (double)sqrtf(2.0f), (double)powf(3.0f, 4.0f));
    return 0;
}

/* EXPECT-STDOUT:
x=0    sqrt=0.0000000000 exp=1 log1p=0.0000000000 sin=0.0000000000 cos=1.0000000000 atan=0.0000000000
x=0.5  sqrt=0.7071067812 exp=1.648721271 log1p=0.4054651081 sin=0.4794255386 cos=0.8775825619 atan=0.4636476090
x=1    sqrt=1.0000000000 exp=2.718281828 log1p=0.6931471806 sin=0.8414709848 cos=0.5403023059 atan=0.7853981634
x=2    sqrt=1.4142135624 exp=7.389056099 log1p=1.0986122887 sin=0.9092974268 cos=-0.4161468365 atan=1.1071487178
x=10   sqrt=3.1622776602 exp=22026.46579 log1p=2.3978952728 sin=-0.5440211109 cos=-0.8390715291 atan=1.4711276743
pow(2,10)=1024 pow(2,0.5)=1.414213562373095 cbrt(27)=3 hypot(3,4)=5
log(e)=1 log10(1000)=3 log2(1024)=10
floor/ceil/round/trunc(-2.5): -3 -2 -3 -2
rint(2.5)=2 nearbyint(3.5)=4 lround(2.5)=3
fmod(7.5,2)=1.5 remainder(7.5,2)=-0.5 fabs(-3)=3
atan2(1,-1)=2.3561944902 M_PI=3.141592653589793
frexp(48)=0.75*2^6 ldexp(0.75,6)=48
modf(-3.75)=-3,-0.75
fmin=2 fmax=3 fdim=2 copysign=-2
isnan=1 isinf=1 isfinite=1 signbit=1
tanh(1)=0.761594155956 asinh(1)=0.881373587020 erf(1)=0.842700792950 tgamma(5)=24
sqrtf(2)=1.4142135 powf=81
*/
