#include <stdio.h>

enum fruit { APPLE, BANANA, CHERRY, DATE, FRUIT_COUNT };

static const char *names[FRUIT_COUNT] = {
    [CHERRY] = "cherry",
    [APPLE] = "apple",
    [DATE] = "date",
    [BANANA] = "banana",
};

static int prices[FRUIT_COUNT] = { [BANANA] = 25, [APPLE] = 40, [DATE] = 300, [CHERRY] = 120 };

enum op { OP_ADD, OP_SUB, OP_MUL, OP_N };
static int do_add(int a, int b) { return a + b; }
static int do_sub(int a, int b) { return a - b; }
static int do_mul(int a, int b) { return a * b; }
static int (*const ops[OP_N])(int, int) = { [OP_MUL] = do_mul, [OP_ADD] = do_add, [OP_SUB] = do_sub };

int main(void) {
    int counts[FRUIT_COUNT] = {0};
    enum fruit basket[] = {APPLE, CHERRY, APPLE, DATE, BANANA, APPLE, CHERRY};
    for (unsigned i = 0; i < sizeof basket / sizeof basket[0]; i++) counts[basket[i]]++;
    int total = 0;
    for (int f = APPLE; f < FRUIT_COUNT; f++) {
        printf("%-7s x%d @%d\n", names[f], counts[f], prices[f]);
        total += counts[f] * prices[f];
    }
    printf("total=%d\n", total);
    for (enum op o = OP_ADD; o < OP_N; o++) printf("op%d(7,3)=%d\n", o, ops[o](7, 3));
    printf("FRUIT_COUNT=%d sizeof names=%zu\n", FRUIT_COUNT, sizeof names / sizeof names[0]);
    return 0;
}

/* EXPECT-STDOUT:
apple   x3 @40
banana  x1 @25
cherry  x2 @120
date    x1 @300
total=685
op0(7,3)=10
op1(7,3)=4
op2(7,3)=21
FRUIT_COUNT=4 sizeof names=4
*/
