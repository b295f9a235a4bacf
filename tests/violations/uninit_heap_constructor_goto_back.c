// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A loop built with goto: the second time round, the code at the label
// reads a member of the block allocated (and not yet wholly written) on
// the first pass.
#include <stdio.h>
#include <stdlib.h>

struct pair {
    long a;
    long b;
};

int main(void)
{
    printf("start\n");
    struct pair *p = NULL;
    int round = 0;
again:
    if (p)
        printf("b=%ld\n", p->b); // VIOLATION: uninitialized-read
    p = malloc(sizeof *p);
    if (!p)
        return 2;
    p->a = round;
    if (round++ == 0)
        goto again;
    p->b = 2;
    printf("NOT-REACHED\n");
    return (int)p->a;
    return 0;
}
/* EXPECT-STDOUT:
start
*/
