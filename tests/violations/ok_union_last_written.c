// Unions of a pointer and an integer where only the last-written member is read.
#include <stdint.h>
#include <stdio.h>

union value {
    long i;
    const char *s;
    double d;
};

struct tagged {
    int kind; /* 0 int, 1 string, 2 double */
    union value v;
};

static void show(const struct tagged *t)
{
    switch (t->kind) {
    case 0: printf("int %ld\n", t->v.i); break;
    case 1: printf("str %s\n", t->v.s); break;
    default: printf("dbl %.3f\n", t->v.d); break;
    }
}

int main(void)
{
    struct tagged t;
    t.kind = 0; t.v.i = 42; show(&t);
    t.kind = 1; t.v.s = "hello"; show(&t);
    t.kind = 2; t.v.d = 2.5; show(&t);
    t.kind = 1; t.v.s = "again"; show(&t);
    union { int *p; uintptr_t u; } pu;
    int x = 11;
    pu.p = &x;
    printf("%d\n", *pu.p);
    return 0;
}
/* EXPECT-STDOUT:
int 42
str hello
dbl 2.500
str again
11
*/
