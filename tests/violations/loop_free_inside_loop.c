// ASAN: detects (AddressSanitizer: heap-use-after-free)
// The block is freed in the middle of the loop that walks it: the loop
// may free, so the liveness check stays in every iteration.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("start\n");
    long *p = calloc(8, sizeof *p);
    long s = 0;
    for (int i = 0; i < 8; i++) {
        s += p[i]; // VIOLATION: use-after-free
        if (i == 2)
            free(p);
    }
    printf("NOT-REACHED\n");
    return (int)s;
}
/* EXPECT-STDOUT:
start
*/
