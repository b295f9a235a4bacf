#include <stdio.h>

#define min(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })
#define max(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define clamp(v, lo, hi) min(max(v, lo), hi)
#define min_t(type, a, b) ({ type __a = (a); type __b = (b); __a < __b ? __a : __b; })

static int counter;
static int bump(int v) { counter++; return v; }

int main(void) {
    printf("min(3,7)=%d max(3,7)=%d\n", min(3, 7), max(3, 7));
    printf("min(2.5,-1.0)=%g max=%g\n", min(2.5, -1.0), max(2.5, -1.0));
    int mx = max(bump(4), bump(9));
    printf("no double eval: %d counter=%d\n", mx, counter);
    for (int v = -5; v <= 15; v += 5) printf("clamp(%d)=%d ", v, clamp(v, 0, 10));
    printf("\n");
    printf("min_t=%u\n", min_t(unsigned, 5, 3));
    long big = 1L << 40;
    typeof(big) copy = big + 1;
    printf("copy=%ld sizeof=%zu\n", copy, sizeof copy);
    typeof(int *) ptrs[2];
    int x = 1, y = 2;
    ptrs[0] = &x; ptrs[1] = &y;
    printf("via typeof ptrs: %d %d\n", *ptrs[0], *ptrs[1]);
    typeof(typeof(char) [4]) four = "abc";
    printf("four=%s sizeof=%zu\n", four, sizeof four);
    __typeof__(x + 1.0) d = 7 / 2.0;
    printf("d=%g sizeof=%zu\n", d, sizeof d);
    const int ci = 5;
    __typeof__(ci) cj = 6;
    printf("cj=%d\n", cj);
    typeof(main) *mp = main;
    printf("main ptr nonnull=%d\n", mp != NULL);
    return 0;
}

/* EXPECT-STDOUT:
min(3,7)=3 max(3,7)=7
min(2.5,-1.0)=-1 max=2.5
no double eval: 9 counter=2
clamp(-5)=0 clamp(0)=0 clamp(5)=5 clamp(10)=10 clamp(15)=10 
min_t=3
copy=1099511627777 sizeof=8
via typeof ptrs: 1 2
four=abc sizeof=4
d=3.5 sizeof=8
cj=6
main ptr nonnull=1
*/
