#include <stdio.h>
#include <stddef.h>

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i * i;
    int *p = a;
    int *end = a + 10;
    printf("p[3]=%d *(p+4)=%d 5[p]=%d\n", p[3], *(p + 4), 5[p]);
    int sum = 0;
    for (int *q = p; q != end; q++) sum += *q;
    printf("sum=%d\n", sum);
    int *mid = p + 5;
    printf("mid[-2]=%d mid[2]=%d\n", mid[-2], mid[2]);
    ptrdiff_t d = end - mid;
    printf("end-mid=%td\n", d);
    /* walking backwards; one-past-end pointer compare */
    for (int *q = end; q > a;) printf("%d ", *--q);
    printf("\n");
    /* pointer arithmetic on different types */
    double ds[4] = {1.5, 2.5, 3.5, 4.5};
    double *dp = ds + 1;
    dp += 2;
    printf("*dp=%g dp-ds=%td\n", *dp, dp - ds);
    char buf[16] = "abcdefghijklmno";
    char *cp = buf + 3;
    cp += 4;
    printf("*cp=%c cp[-7]=%c\n", *cp, cp[-7]);
    /* byte offsets via char* */
    struct { int x; double y; } s = {7, 8.5};
    char *base = (char *)&s;
    double *py = (double *)(base + offsetof(__typeof__(s), y));
    printf("y via offset=%g\n", *py);
    /* comparisons */
    int *lo = &a[2], *hi = &a[7];
    printf("lo<hi=%d hi-lo=%td\n", lo < hi, hi - lo);
    /* pointer into 2-D array flattened */
    int m[3][4];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
    int *flat = &m[0][0];
    printf("row1 via flat: %d %d %d %d\n", flat[4], flat[5], flat[6], flat[7]);
    return 0;
}

/* EXPECT-STDOUT:
p[3]=9 *(p+4)=16 5[p]=25
sum=285
mid[-2]=9 mid[2]=49
end-mid=5
81 64 49 36 25 16 9 4 1 0 
*dp=4.5 dp-ds=3
*cp=h cp[-7]=a
y via offset=8.5
lo<hi=1 hi-lo=5
row1 via flat: 10 11 12 13
*/
