// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A helper reads two fields of a heap pair; only the first was set.
#include <stdio.h>
#include <stdlib.h>

struct pair {
    int a, b;
};

static int sum(const struct pair *p)
{
    int s = p->a;
    s += p->b; // VIOLATION: uninitialized-read
    return s;
}

int main(void)
{
    struct pair *p = malloc(sizeof *p);
    if (!p)
        return 2;
    p->a = 1;
    printf("start\n");
    int s = sum(p);
    printf("NOT-REACHED\n");
    free(p);
    return s;
}
/* EXPECT-STDOUT:
start
*/
