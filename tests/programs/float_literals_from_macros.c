// Floating literals that come from macro expansions are re-spelled by safec
// (it cannot point at their text): the value must stay bit for bit what
// the source wrote, in float, double and long double.
#include <stdio.h>

#define TENTH 0.1
#define HUGE_ONE 1e300
#define TINY 4.9406564584124654e-324
#define THIRD_F (1.0f / 3.0f)
#define ODD 123456789.123456789
#define HALF_L 0.5L
#define NAN_LIKE (0.0 / 0.0)

int main(void)
{
    double d[] = {TENTH, HUGE_ONE, TINY, ODD, -TENTH * 3};
    for (unsigned i = 0; i < sizeof d / sizeof d[0]; i++)
        printf("%a\n", d[i]);
    float f = THIRD_F;
    printf("%a %a\n", (double)f, (double)2.5e-3f);
    long double l = HALF_L;
    printf("%La\n", l);
    double n = NAN_LIKE;
    printf("%d\n", n != n);
    return 0;
}
/* EXPECT-STDOUT:
0x1.999999999999ap-4
0x1.7e43c8800759cp+996
0x0.0000000000001p-1022
0x1.d6f34547e6b75p+26
-0x1.3333333333334p-2
0x1.555556p-2 0x1.47ae14p-9
0x8p-4
1
*/
