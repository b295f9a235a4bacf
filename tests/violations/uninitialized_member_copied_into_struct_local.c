// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A struct local filled with memcpy from a heap block whose members were
// written one by one, all but one: each member of the local is as written
// as the block's bytes were, and reading the one never written is reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    int id;
    short kind;
    unsigned flag : 1;
    double weight;
};

static double get(const void *p, int which)
{
    struct rec r;
    memcpy(&r, p, sizeof r);
    if (which == 0)
        return r.id + r.kind + r.flag;
    return r.weight; // VIOLATION: uninitialized-read
}

int main(void)
{
    struct rec *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->id = 40;
    b->kind = 1;
    b->flag = 1;
    printf("%g\n", get(b, 0));
    printf("%g\n", get(b, 1));
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
42
*/
