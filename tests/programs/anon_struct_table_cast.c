// An anonymous struct type used in a table (its type is printed in a cast by
// safe mode's instrumentation first), next to another anonymous struct inside
// a union: every one needs its own emitted name.
#include <stdio.h>

union cell {
    long whole;
    struct { int lo; int hi; } parts;
};

static const struct {
    unsigned char left, right;
} prio[] = {{10, 10}, {11, 12}, {3, 4}};

int main(void)
{
    union cell c;
    c.parts.lo = 7;
    c.parts.hi = 9;
    const void *p = &prio[1];
    int s = 0;
    for (int i = 0; i < 3; i++)
        s += prio[i].left * prio[i].right;
    printf("%d %d %d %d\n", s, ((const unsigned char *)p)[1], c.parts.lo, c.parts.hi);
    return 0;
}
/* EXPECT-STDOUT:
244 12 7 9
*/
