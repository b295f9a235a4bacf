#include <stdio.h>

typedef long (*unary)(long);

static long inc(long x) { return x + 1; }
static long dbl(long x) { return x * 2; }
static long neg(long x) { return -x; }
static long sqr(long x) { return x * x; }

/* non-typedef'd: function returning pointer to function taking long returning long */
static long (*pick(int which))(long) {
    switch (which) {
    case 0: return inc;
    case 1: return dbl;
    case 2: return neg;
    default: return sqr;
    }
}

/* typedef'd variant */
static unary pick2(const char *name) {
    if (name[0] == 'i') return inc;
    if (name[0] == 'd') return dbl;
    if (name[0] == 'n') return neg;
    return sqr;
}

/* function taking and returning function pointers */
static long (*compose_first(long (*f)(long), long (*g)(long)))(long) {
    return f != g ? f : g;
}

/* pointer to function returning pointer to function */
static long (*(*selector)(int))(long) = pick;

static long apply_chain(const unary *chain, int n, long x) {
    for (int i = 0; i < n; i++) x = chain[i](x);
    return x;
}

int main(void) {
    for (int i = 0; i < 4; i++) printf("pick(%d)(7)=%ld\n", i, pick(i)(7));
    const char *names[] = {"inc", "dbl", "neg", "sqr"};
    for (int i = 0; i < 4; i++) printf("%s(-3)=%ld\n", names[i], pick2(names[i])(-3));
    printf("compose_first=%ld\n", compose_first(dbl, inc)(10));
    printf("selector(3)(9)=%ld\n", selector(3)(9));
    unary chain[] = {inc, dbl, sqr, neg, inc};
    printf("chain(4)=%ld\n", apply_chain(chain, 5, 4));
    long (*(*arr[2])(int))(long) = {pick, pick};
    printf("arr[1](1)(21)=%ld\n", arr[1](1)(21));
    return 0;
}

/* EXPECT-STDOUT:
pick(0)(7)=8
pick(1)(7)=14
pick(2)(7)=-7
pick(3)(7)=49
inc(-3)=-2
dbl(-3)=-6
neg(-3)=3
sqr(-3)=9
compose_first=20
selector(3)(9)=81
chain(4)=-99
arr[1](1)(21)=42
*/
