#include <stdio.h>

static long sum_vla(int n) {
    int a[n];
    for (int i = 0; i < n; i++) a[i] = i * 3 - n;
    long s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

static void prefix_sums(int n, const int in[n], long out[n]) {
    long acc = 0;
    for (int i = 0; i < n; i++) { acc += in[i]; out[i] = acc; }
}

int main(void) {
    for (int n = 1; n <= 16; n *= 2) printf("sum_vla(%d)=%ld\n", n, sum_vla(n));
    int n = 7;
    double v[n];
    printf("sizeof v=%zu elems=%zu\n", sizeof v, sizeof v / sizeof v[0]);
    for (int i = 0; i < n; i++) v[i] = 1.0 / (i + 1);
    double h = 0;
    for (int i = 0; i < n; i++) h += v[i];
    printf("harmonic(7)=%.6f\n", h);
    int in[5] = {3, 1, 4, 1, 5};
    long out[5];
    prefix_sums(5, in, out);
    for (int i = 0; i < 5; i++) printf("%ld ", out[i]);
    printf("\n");
    /* VLA in a loop: new size each iteration */
    for (int k = 1; k <= 4; k++) {
        char buf[k * 4 + 1];
        for (int i = 0; i < k * 4; i++) buf[i] = (char)('a' + i % 26);
        buf[k * 4] = '\0';
        printf("k=%d buf=%s sizeof=%zu\n", k, buf, sizeof buf);
    }
    /* sizeof evaluates VLA size expression */
    int m = 3;
    size_t sz = sizeof(int[m + 2]);
    printf("sizeof(int[m+2])=%zu\n", sz);
    /* typedef of VLA type captures size at declaration */
    typedef int row_t[m];
    m = 10;
    row_t r;
    printf("sizeof row_t=%zu (m now %d)\n", sizeof r, m);
    return 0;
}

/* EXPECT-STDOUT:
sum_vla(1)=-1
sum_vla(2)=-1
sum_vla(4)=2
sum_vla(8)=20
sum_vla(16)=104
sizeof v=56 elems=7
harmonic(7)=2.592857
3 4 8 9 14 
k=1 buf=abcd sizeof=5
k=2 buf=abcdefgh sizeof=9
k=3 buf=abcdefghijkl sizeof=13
k=4 buf=abcdefghijklmnop sizeof=17
sizeof(int[m+2])=20
sizeof row_t=12 (m now 10)
*/
