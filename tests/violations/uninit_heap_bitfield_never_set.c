// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap record's counter is set, but the bitfield flag in its first byte
// never is; testing the flag reads unwritten bits.
#include <stdio.h>
#include <stdlib.h>

struct entry {
    unsigned dirty : 1;
    int count;
};

int main(void)
{
    struct entry *e = malloc(sizeof *e);
    if (!e)
        return 2;
    e->count = 4;
    printf("start %d\n", e->count);
    if (e->dirty) // VIOLATION: uninitialized-read
        e->count = 0;
    printf("NOT-REACHED\n");
    free(e);
    return 0;
}
/* EXPECT-STDOUT:
start 4
*/
