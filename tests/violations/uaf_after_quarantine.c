// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// Use after free after enough other allocations that a quarantine-based
// detector has recycled the block: the stale pointer now aliases a new block.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    long *stale = malloc(64);
    stale[0] = 1;
    free(stale);
    /* churn through more memory than a typical quarantine (256 MB) */
    for (int i = 0; i < 400; i++)
        free(malloc(1 << 20));
    long *blocks[4096];
    for (int i = 0; i < 4096; i++) {
        blocks[i] = malloc(64);
        blocks[i][0] = i;
    }
    printf("start\n");
    long v = stale[0]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%ld\n", v);
    for (int i = 0; i < 4096; i++)
        free(blocks[i]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
