// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap record whose `score` was never set is copied by struct assignment
// into another heap record; reading the copy's score reads bytes nobody
// wrote (the copy carries their state, as memcpy's does).
#include <stdio.h>
#include <stdlib.h>

struct rec {
    int id;
    int score;
};

int main(void)
{
    struct rec *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    if (!a || !b)
        return 2;
    a->id = 7;
    *b = *a;
    printf("start %d\n", b->id);
    int s = b->score; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(a);
    free(b);
    return s;
}
/* EXPECT-STDOUT:
start 7
*/
