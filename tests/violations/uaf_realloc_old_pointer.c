// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// After realloc moves a block, an alias to the old block is still used.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *arr = malloc(4 * sizeof *arr);
    void *barrier = malloc(16); /* keeps realloc from growing in place */
    for (int i = 0; i < 4; i++)
        arr[i] = i;
    int *first = &arr[0];
    arr = realloc(arr, 4096 * sizeof *arr);
    printf("start %d\n", arr[3]);
    int v = *first; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    free(arr);
    free(barrier);
    return 0;
}
/* EXPECT-STDOUT:
start 3
*/
