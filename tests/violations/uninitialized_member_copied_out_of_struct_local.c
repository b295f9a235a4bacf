// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A struct local with one member never assigned, copied with memcpy into a
// fresh heap block: the block's bytes of that member stay unwritten, and
// reading it through the block is reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    int id;
    long total;
    short kind;
};

int main(void)
{
    struct rec r;
    r.id = 7;
    r.kind = 3;
    struct rec *b = malloc(sizeof *b);
    if (!b)
        return 1;
    memcpy(b, &r, sizeof r);
    printf("%d %d\n", b->id, b->kind);
    printf("%ld\n", b->total); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
7 3
*/
