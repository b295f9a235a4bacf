// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// memset of a member with the size of the whole struct (a common slip).
#include <stdio.h>
#include <string.h>

struct ctx {
    char scratch[32];
    int refcount;
};

int main(void)
{
    struct ctx c;
    c.refcount = 1;
    printf("start\n");
    memset(c.scratch, 0, sizeof c); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", c.refcount);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
