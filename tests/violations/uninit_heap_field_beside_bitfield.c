// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// Setting a bitfield flag of a new heap record must not count as writing
// the record's other members: its count was never set.
#include <stdio.h>
#include <stdlib.h>

struct entry {
    unsigned used : 1;
    unsigned kind : 4;
    int count;
};

int main(void)
{
    struct entry *e = malloc(sizeof *e);
    if (!e)
        return 2;
    e->used = 1;
    e->kind = 3;
    printf("start %u %u\n", e->used, e->kind);
    int c = e->count; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(e);
    return c;
}
/* EXPECT-STDOUT:
start 1 3
*/
