#include <stdio.h>

static int floor_div(int a, int b) {
    int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static int floor_mod(int a, int b) { return a - floor_div(a, b) * b; }

int main(void) {
    int as[] = {17, -17, 17, -17, 0, 7, -1};
    int bs[] = {5, 5, -5, -5, 3, 7, 2};
    for (int i = 0; i < 7; i++) {
        int a = as[i], b = bs[i];
        printf("%3d / %2d = %3d  %% = %3d  floor=%3d fmod=%3d\n", a, b, a / b, a % b, floor_div(a, b), floor_mod(a, b));
    }
    unsigned ua = 17, ub = 5;
    printf("unsigned 17/5=%u 17%%5=%u\n", ua / ub, ua % ub);
    long long big = 9000000000000000000LL;
    printf("big/7=%lld big%%7=%lld\n", big / 7, big % 7);
    /* identity (a/b)*b + a%b == a */
    int ok = 1;
    for (int a = -20; a <= 20; a++)
        for (int b = -6; b <= 6; b++)
            if (b != 0 && (a / b) * b + a % b != a) ok = 0;
    printf("identity holds: %d\n", ok);
    /* division by powers of two vs shifts for negatives */
    int n = -9;
    printf("-9/4=%d -9>>2=%d\n", n / 4, n >> 2);
    return 0;
}

/* EXPECT-STDOUT:
 17 /  5 =   3  % =   2  floor=  3 fmod=  2
-17 /  5 =  -3  % =  -2  floor= -4 fmod=  3
 17 / -5 =  -3  % =   2  floor= -4 fmod= -3
-17 / -5 =   3  % =  -2  floor=  3 fmod= -2
  0 /  3 =   0  % =   0  floor=  0 fmod=  0
  7 /  7 =   1  % =   0  floor=  1 fmod=  0
 -1 /  2 =   0  % =  -1  floor= -1 fmod=  1
unsigned 17/5=3 17%5=2
big/7=1285714285714285714 big%7=2
identity holds: 1
-9/4=-2 -9>>2=-3
*/
