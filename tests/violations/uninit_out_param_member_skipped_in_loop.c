// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A loop body's struct local is filled through a pointer by a function that
// writes every member but one on the last iteration; the caller then reads
// that member by name.
#include <stdio.h>

struct rec {
    int id;
    long total;
    int flags;
};

static void fill(struct rec *r, int i, int last)
{
    r->id = i;
    r->total = (long)i * 10;
    if (!last)
        r->flags = i & 3;
}

int main(void)
{
    long s = 0;
    for (int i = 0; i < 5; i++) {
        struct rec r;
        fill(&r, i, i == 4);
        if (i == 4)
            printf("start %ld\n", s);
        s += r.id + r.total + r.flags; // VIOLATION: uninitialized-read
    }
    printf("NOT-REACHED\n");
    printf("%ld\n", s);
    return 0;
}
/* EXPECT-STDOUT:
start 72
*/
