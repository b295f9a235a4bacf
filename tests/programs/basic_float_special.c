#include <stdio.h>
#include <float.h>

int main(void) {
    double zero = 0.0;
    double inf = 1.0 / zero;
    double ninf = -1.0 / zero;
    double nan = zero / zero;
    printf("inf=%f ninf=%f\n", inf, ninf);
    printf("nan is nan: %d nan==nan: %d\n", nan != nan, nan == nan);
    printf("inf>DBL_MAX: %d\n", inf > DBL_MAX);
    printf("inf-inf is nan: %d\n", (inf - inf) != (inf - inf));
    double nz = -0.0;
    printf("-0.0==0.0: %d  1/-0=%f\n", nz == 0.0, 1.0 / nz);
    printf("DBL_MAX=%g DBL_MIN=%g DBL_EPSILON=%g\n", DBL_MAX, DBL_MIN, DBL_EPSILON);
    printf("FLT_MAX=%g FLT_EPSILON=%g\n", (double)FLT_MAX, (double)FLT_EPSILON);
    printf("DBL_DIG=%d FLT_DIG=%d DBL_MANT_DIG=%d\n", DBL_DIG, FLT_DIG, DBL_MANT_DIG);
    double sub = DBL_MIN / 4.0;
    printf("subnormal>0: %d sub=%g\n", sub > 0, sub);
    double big = DBL_MAX;
    double ov = big * 2.0;
    printf("overflow=%f\n", ov);
    double eps = 1.0;
    while (1.0 + eps / 2.0 != 1.0) eps /= 2.0;
    printf("computed eps=%g equal=%d\n", eps, eps == DBL_EPSILON);
    float fz = 0.0f;
    float finf = 1.0f / fz;
    printf("finf=%f\n", (double)finf);
    printf("%e %g\n", inf, ninf);
    return 0;
}

/* EXPECT-STDOUT:
inf=inf ninf=-inf
nan is nan: 1 nan==nan: 0
inf>DBL_MAX: 1
inf-inf is nan: 1
-0.0==0.0: 1  1/-0=-inf
DBL_MAX=1.79769e+308 DBL_MIN=2.22507e-308 DBL_EPSILON=2.22045e-16
FLT_MAX=3.40282e+38 FLT_EPSILON=1.19209e-07
DBL_DIG=15 FLT_DIG=6 DBL_MANT_DIG=53
subnormal>0: 1 sub=5.56268e-309
overflow=inf
computed eps=2.22045e-16 equal=1
finf=inf
inf -inf
*/
