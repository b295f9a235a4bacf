// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A constructor reads a member of the new block before writing it (a
// running total that was never reset): reported, although every member is
// written by the end of the constructor.
#include <stdio.h>
#include <stdlib.h>

struct acc {
    long count;
    long total;
};

static struct acc *make(long first)
{
    struct acc *a = malloc(sizeof *a);
    if (a == NULL)
        exit(2);
    a->count = 1;
    a->total = a->total + first; // VIOLATION: uninitialized-read
    return a;
}

int main(void)
{
    printf("start\n");
    struct acc *a = make(5);
    printf("NOT-REACHED\n");
    return (int)a->count;
    return 0;
}
/* EXPECT-STDOUT:
start
*/
