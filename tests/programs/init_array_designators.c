#include <stdio.h>

static const int primes_flag[20] = {[2] = 1, [3] = 1, [5] = 1, [7] = 1, [11] = 1, [13] = 1, [17] = 1, [19] = 1};
static const char *const digits[] = {[9] = "nine", [0] = "zero", [5] = "five"};
static int sparse[] = {[3] = 3, 4, 5, [10] = 10, 11, [1] = 1};

int main(void) {
    printf("primes <20:");
    for (int i = 0; i < 20; i++) if (primes_flag[i]) printf(" %d", i);
    printf("\n");
    printf("digits size=%zu:", sizeof digits / sizeof digits[0]);
    for (unsigned i = 0; i < sizeof digits / sizeof digits[0]; i++) printf(" %s", digits[i] ? digits[i] : "-");
    printf("\n");
    printf("sparse size=%zu:", sizeof sparse / sizeof sparse[0]);
    for (unsigned i = 0; i < sizeof sparse / sizeof sparse[0]; i++) printf(" %d", sparse[i]);
    printf("\n");
    int local[8] = {[7] = 70, [0] = 1, 2, 3, [4] = 40};
    for (int i = 0; i < 8; i++) printf("%d ", local[i]);
    printf("\n");
    /* later designator overrides earlier */
    int ov[4] = {[1] = 5, [1] = 6, [0] = 9, 8};
    printf("ov: %d %d %d %d\n", ov[0], ov[1], ov[2], ov[3]);
    /* designators with constant expressions */
    enum { A = 2, B = A * 2 };
    char chars[B + 2] = {[A] = 'a', [B] = 'b', [A + 1] = 'c'};
    for (int i = 0; i < B + 2; i++) printf("%d ", chars[i]);
    printf("\n");
    /* 2-D */
    int m[3][3] = {[0] = {1, 2, 3}, [2] = {[2] = 9}, [1][1] = 5};
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
    return 0;
}

/* EXPECT-STDOUT:
primes <20: 2 3 5 7 11 13 17 19
digits size=10: zero - - - - five - - - nine
sparse size=12: 0 1 0 3 4 5 0 0 0 0 10 11
1 2 3 0 40 0 0 70 
ov: 9 8 0 0
0 0 97 99 98 0 
1 2 3
0 5 0
0 0 9
*/
