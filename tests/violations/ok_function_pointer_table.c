// A dispatch table of function pointers, indexed by opcode.
#include <stdio.h>

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }

static const binop ops[] = {add, sub, mul, divi};
static const char names[] = "+-*/";

struct op_entry {
    const char *name;
    binop fn;
};

int main(void)
{
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
        printf("12 %c 4 = %d\n", names[i], ops[i](12, 4));
    struct op_entry tbl[] = {{"add", add}, {"mul", mul}};
    binop f = tbl[1].fn;
    printf("%s %d\n", tbl[1].name, f(6, 7));
    binop *pf = (binop *)&ops[2];
    printf("%d\n", (*pf)(3, 3));
    return 0;
}
/* EXPECT-STDOUT:
12 + 4 = 16
12 - 4 = 8
12 * 4 = 48
12 / 4 = 3
mul 42
9
*/
