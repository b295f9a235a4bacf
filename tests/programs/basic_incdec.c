#include <stdio.h>

int main(void) {
    int i = 5;
    int a = i++;
    int b = ++i;
    int c = i--;
    int d = --i;
    printf("a=%d b=%d c=%d d=%d i=%d\n", a, b, c, d, i);

    int arr[] = {10, 20, 30, 40};
    int *p = arr;
    int v1 = *p++;
    int v2 = *++p;
    int v3 = ++*p;
    int v4 = (*p)++;
    printf("v1=%d v2=%d v3=%d v4=%d arr[2]=%d\n", v1, v2, v3, v4, arr[2]);

    char s[] = "hello";
    char *q = s;
    while (*q) (*q++)--;
    printf("%s\n", s);

    double dd = 1.5;
    dd++;
    printf("dd=%g\n", dd);

    unsigned u = 0;
    u--;
    printf("u=%u\n", u);

    long l = 0;
    for (int k = 0; k < 10; k++) l += k++;
    printf("l=%ld\n", l);

    int *pp = &arr[3];
    pp--;
    printf("*pp=%d\n", *pp);
    return 0;
}

/* EXPECT-STDOUT:
a=5 b=7 c=7 d=5 i=5
v1=10 v2=30 v3=31 v4=31 arr[2]=32
gdkkn
dd=2.5
u=4294967295
l=20
*pp=32
*/
