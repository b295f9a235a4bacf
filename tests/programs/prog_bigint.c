#include <stdio.h>
#include <string.h>

/* Arbitrary precision unsigned integers in base 10^9: add, multiply by
   small, full multiply, compare; computes 100!, 2^256, Fibonacci(300). */

#define LIMBS 80
#define BASE 1000000000u

struct big { unsigned n; unsigned d[LIMBS]; };

static void big_set(struct big *a, unsigned v) {
    memset(a, 0, sizeof *a);
    a->n = 1;
    a->d[0] = v % BASE;
    if (v >= BASE) { a->d[1] = v / BASE; a->n = 2; }
}
static void big_add(struct big *r, const struct big *a, const struct big *b) {
    struct big t;
    memset(&t, 0, sizeof t);
    unsigned long long carry = 0;
    unsigned n = a->n > b->n ? a->n : b->n;
    for (unsigned i = 0; i < n || carry; i++) {
        unsigned long long s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        t.d[i] = (unsigned)(s % BASE);
        carry = s / BASE;
        t.n = i + 1;
    }
    *r = t;
}
static void big_mul_small(struct big *a, unsigned m) {
    unsigned long long carry = 0;
    for (unsigned i = 0; i < a->n; i++) {
        unsigned long long p = (unsigned long long)a->d[i] * m + carry;
        a->d[i] = (unsigned)(p % BASE);
        carry = p / BASE;
    }
    while (carry) { a->d[a->n++] = (unsigned)(carry % BASE); carry /= BASE; }
}
static void big_mul(struct big *r, const struct big *a, const struct big *b) {
    unsigned long long acc[2 * LIMBS];
    memset(acc, 0, sizeof acc);
    for (unsigned i = 0; i < a->n; i++)
        for (unsigned j = 0; j < b->n; j++) {
            acc[i + j] += (unsigned long long)a->d[i] * b->d[j];
            if (acc[i + j] >= 8000000000000000000ull) {
                acc[i + j + 1] += acc[i + j] / BASE;
                acc[i + j] %= BASE;
            }
        }
    struct big t;
    memset(&t, 0, sizeof t);
    unsigned long long carry = 0;
    unsigned n = a->n + b->n;
    for (unsigned i = 0; i < n; i++) {
        unsigned long long v = acc[i] + carry;
        t.d[i] = (unsigned)(v % BASE);
        carry = v / BASE;
    }
    t.n = n;
    while (t.n > 1 && t.d[t.n - 1] == 0) t.n--;
    *r = t;
}
static int big_cmp(const struct big *a, const struct big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (unsigned i = a->n; i-- > 0;)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}
static void big_print(const char *label, const struct big *a) {
    printf("%s = %u", label, a->d[a->n - 1]);
    for (unsigned i = a->n - 1; i-- > 0;) printf("%09u", a->d[i]);
    printf("\n");
}
static unsigned digit_sum(const struct big *a) {
    unsigned s = 0;
    for (unsigned i = 0; i < a->n; i++) for (unsigned v = a->d[i]; v; v /= 10) s += v % 10;
    return s;
}

int main(void) {
    struct big f;
    big_set(&f, 1);
    for (unsigned i = 2; i <= 100; i++) big_mul_small(&f, i);
    big_print("100!", &f);
    printf("digit sum of 100! = %u\n", digit_sum(&f));
    struct big p;
    big_set(&p, 2);
    for (int i = 0; i < 8; i++) big_mul(&p, &p, &p);   /* 2^(2^8) */
    big_print("2^256", &p);
    struct big a, b, c;
    big_set(&a, 0);
    big_set(&b, 1);
    for (int i = 0; i < 300; i++) { big_add(&c, &a, &b); a = b; b = c; }
    big_print("fib(300)", &a);
    struct big sq;
    big_mul(&sq, &a, &a);
    printf("fib(300)^2 limbs=%u cmp(fib300, 2^256)=%d\n", sq.n, big_cmp(&a, &p));
    return 0;
}

/* EXPECT-STDOUT:
100! = 93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000
digit sum of 100! = 648
2^256 = 115792089237316195423570985008687907853269984665640564039457584007913129639936
fib(300) = 222232244629420445529739893461909967206666939096499764990979600
fib(300)^2 limbs=14 cmp(fib300, 2^256)=-1
*/
