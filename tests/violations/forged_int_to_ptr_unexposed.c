// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// The address of `target` is computed from an exposed neighbour plus a
// distance; `target` itself was never exposed, so the integer-to-pointer
// cast gets no provenance (PNVI-ae-udi).
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

static long neighbour[4];
static long target[4] = {7, 8, 9, 10};

int main(void)
{
    ptrdiff_t dist = (char *)target - (char *)neighbour; /* no exposure */
    uintptr_t base = (uintptr_t)neighbour;               /* exposes neighbour only */
    long *p = (long *)(base + (uintptr_t)dist + sizeof(long));
    printf("start\n");
    long v = *p; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    printf("%ld\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
