#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }
static int mod(int a, int b) { return b ? a % b : 0; }

struct op { char sym; int (*fn)(int, int); };

static const struct op ops[] = {
    {'+', add}, {'-', sub}, {'*', mul}, {'/', divi}, {'%', mod},
};

static int (*lookup(char c))(int, int) {
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].sym == c) return ops[i].fn;
    return NULL;
}

int main(void) {
    int (*table[5])(int, int) = {add, sub, mul, divi, mod};
    for (int i = 0; i < 5; i++) printf("table[%d](17,5)=%d\n", i, table[i](17, 5));
    const char *expr = "+-*/%?";
    for (const char *p = expr; *p; p++) {
        int (*f)(int, int) = lookup(*p);
        if (f) printf("%c -> %d\n", *p, f(100, 7));
        else printf("%c -> unknown\n", *p);
    }
    /* explicit dereference and address-of forms */
    int (*fp)(int, int) = &mul;
    printf("(*fp)(6,7)=%d fp(6,7)=%d (**fp)(6,7)=%d\n", (*fp)(6, 7), fp(6, 7), (**fp)(6, 7));
    /* 2-D table */
    int (*grid[2][2])(int, int) = {{add, sub}, {mul, mod}};
    int acc = 1;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) acc = grid[i][j](acc + 10, 3);
    printf("acc=%d\n", acc);
    printf("fp==mul: %d fp==add: %d\n", fp == mul, fp == add);
    return 0;
}

/* EXPECT-STDOUT:
table[0](17,5)=22
table[1](17,5)=12
table[2](17,5)=85
table[3](17,5)=3
table[4](17,5)=2
+ -> 107
- -> 93
* -> 700
/ -> 14
% -> 2
? -> unknown
(*fp)(6,7)=42 fp(6,7)=42 (**fp)(6,7)=42
acc=1
fp==mul: 1 fp==add: 0
*/
