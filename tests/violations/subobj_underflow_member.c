// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// Reads element [-1] of a member array: the bytes belong to the previous member.
#include <stdio.h>

struct pair {
    long key;
    long vals[3];
};

static long before(const long *v)
{
    long x = v[-1]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    return x;
}

int main(void)
{
    struct pair p = {7, {1, 2, 3}};
    printf("start\n");
    printf("%ld\n", before(p.vals));
    return 0;
}
/* EXPECT-STDOUT:
start
*/
