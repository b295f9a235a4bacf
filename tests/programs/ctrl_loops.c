#include <stdio.h>

int main(void) {
    int sum = 0;
    for (int i = 1; i <= 100; i++) sum += i;
    printf("for sum=%d\n", sum);

    int n = 27, steps = 0;
    while (n != 1) { n = (n % 2) ? 3 * n + 1 : n / 2; steps++; }
    printf("collatz(27) steps=%d\n", steps);

    int k = 0;
    do { k += 3; } while (k < 20);
    printf("do-while k=%d\n", k);

    int once = 0;
    do { once++; } while (0);
    printf("once=%d\n", once);

    /* multiple loop variables */
    for (int i = 0, j = 10; i < j; i++, j--) printf("(%d,%d)", i, j);
    printf("\n");

    /* empty body / empty clauses */
    int m = 0;
    for (; m < 5; m++);
    printf("m=%d\n", m);
    int q = 0;
    for (;;) { if (++q == 7) break; }
    printf("q=%d\n", q);

    /* nested loops: multiplication table */
    for (int r = 1; r <= 4; r++) {
        for (int c = 1; c <= 6; c++) printf("%3d", r * c);
        printf("\n");
    }
    /* downward loop with unsigned */
    for (unsigned u = 5; u-- > 0;) printf("%u ", u);
    printf("\n");
    /* while with complex condition */
    int a = 0, b = 100;
    while (a < b && (b - a) % 7 != 0) { a += 2; b -= 1; }
    printf("a=%d b=%d\n", a, b);
    return 0;
}

/* EXPECT-STDOUT:
for sum=5050
collatz(27) steps=111
do-while k=21
once=1
(0,10)(1,9)(2,8)(3,7)(4,6)
m=5
q=7
  1  2  3  4  5  6
  2  4  6  8 10 12
  3  6  9 12 15 18
  4  8 12 16 20 24
4 3 2 1 0 
a=6 b=97
*/
