// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer read with the generic __atomic_load keeps its capability, so a
// block freed while still published is caught when the reader uses it.
#include <stdio.h>
#include <stdlib.h>

static int *shared;

int main(void)
{
    int *p = malloc(4 * sizeof *p);
    p[0] = 7;
    __atomic_store(&shared, &p, __ATOMIC_RELEASE);
    free(p);
    int *q;
    __atomic_load(&shared, &q, __ATOMIC_ACQUIRE);
    printf("start\n");
    int v = q[0]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
