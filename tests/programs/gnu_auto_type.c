#include <stdio.h>

struct big { int a[4]; };
static struct big make(int k) { struct big b = {{k, k + 1, k + 2, k + 3}}; return b; }

#define FOREACH(item, arr, n) for (__auto_type item = (arr); item < (arr) + (n); item++)
#define SWAP(a, b) do { __auto_type _t = (a); (a) = (b); (b) = _t; } while (0)

int main(void) {
    __auto_type i = 42;
    __auto_type l = 42L;
    __auto_type d = 1.5;
    __auto_type f = 2.5f;
    __auto_type c = 'c';
    __auto_type s = "string";
    printf("sizes: %zu %zu %zu %zu %zu %zu\n", sizeof i, sizeof l, sizeof d, sizeof f, sizeof c, sizeof s);
    printf("values: %d %ld %g %g %d %s\n", i, l, d, (double)f, c, s);
    __auto_type b = make(10);
    printf("big: %d %d sizeof=%zu\n", b.a[0], b.a[3], sizeof b);
    int arr[] = {3, 1, 4, 1, 5};
    int sum = 0;
    FOREACH(p, arr, 5) sum += *p;
    printf("sum=%d\n", sum);
    double x = 1.25, y = -3.0;
    SWAP(x, y);
    printf("x=%g y=%g\n", x, y);
    __auto_type fp = make;
    printf("via fp: %d\n", fp(100).a[2]);
    unsigned char uc = 200;
    __auto_type promoted = uc + 1;
    printf("promoted sizeof=%zu value=%d\n", sizeof promoted, promoted);
    return 0;
}

/* EXPECT-STDOUT:
sizes: 4 8 8 4 4 8
values: 42 42 1.5 2.5 99 string
big: 10 13 sizeof=16
sum=14
x=-3 y=1.25
via fp: 102
promoted sizeof=4 value=201
*/
