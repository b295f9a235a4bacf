#include <stdio.h>

static int side(int *counter, int v) { (*counter)++; return v; }

int main(void) {
    int c = 0;
    int a = (side(&c, 1), side(&c, 2), side(&c, 3));
    printf("a=%d c=%d\n", a, c);
    int i, j;
    for (i = 0, j = 10; i < j; i += 2, j -= 3) ;
    printf("i=%d j=%d\n", i, j);
    int x = 5;
    int y = (x += 2, x * 3);
    printf("x=%d y=%d\n", x, y);

    /* conditional operator */
    for (int k = -2; k <= 2; k++) printf("%s ", k < 0 ? "neg" : k == 0 ? "zero" : "pos");
    printf("\n");
    int m = 3, n = 9;
    int mx = m > n ? m : n;
    printf("max=%d\n", mx);
    /* conditional as lvalue-ish via pointers */
    *(m < n ? &m : &n) = 100;
    printf("m=%d n=%d\n", m, n);
    /* only one branch evaluated */
    int cnt = 0;
    int r = 1 ? side(&cnt, 10) : side(&cnt, 20);
    printf("r=%d cnt=%d\n", r, cnt);
    /* GNU elvis operator: middle operand omitted, evaluated once */
    cnt = 0;
    int e1 = side(&cnt, 7) ?: 99;
    int e2 = side(&cnt, 0) ?: 99;
    printf("e1=%d e2=%d cnt=%d\n", e1, e2, cnt);
    const char *name = 0;
    const char *shown = name ?: "(none)";
    printf("shown=%s\n", shown);
    /* mixed types in conditional */
    double d = 1 ? 1 : 2.5;
    printf("d=%g\n", d);
    unsigned u = 0;
    long lv = 0 ? u : -1;
    printf("lv=%ld\n", lv);
    return 0;
}

/* EXPECT-STDOUT:
a=3 c=3
i=4 j=4
x=7 y=21
neg neg zero pos pos 
max=9
m=100 n=9
r=10 cnt=1
e1=7 e2=99 cnt=2
shown=(none)
d=1
lv=4294967295
*/
