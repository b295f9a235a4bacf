// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// An atomic read-modify-write one element past the end of a heap array.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    volatile int four = 4;
    int n = four;
    long *counts = calloc((size_t)n, sizeof *counts);
    for (int i = 0; i < n; i++)
        __atomic_fetch_add(&counts[i], i, __ATOMIC_RELAXED);
    printf("sum %ld\n", counts[0] + counts[1] + counts[2] + counts[3]);
    __atomic_fetch_add(&counts[n], 1, __ATOMIC_SEQ_CST); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(counts);
    return 0;
}
/* EXPECT-STDOUT:
sum 6
*/
