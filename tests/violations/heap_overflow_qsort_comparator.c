// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A qsort comparator "normalizes" the element after its argument, which is
// past the end of the heap array for the last element.
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
    int *y = (int *)b;
    y[1] = 0; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    return *(const int *)a - *y;
}

int main(void)
{
    int *v = malloc(2 * sizeof *v);
    v[0] = 5;
    v[1] = 3;
    printf("start\n");
    qsort(v, 2, sizeof *v, cmp);
    printf("%d %d\n", v[0], v[1]);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
