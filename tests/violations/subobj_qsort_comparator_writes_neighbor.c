// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A qsort comparator writes the element next to its argument: inside the
// array, but outside the element it was given.
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *a, const void *b)
{
    int *x = (int *)a;
    x[1] = x[0]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    return *x - *(const int *)b;
}

int main(void)
{
    int *v = malloc(4 * sizeof *v);
    for (int i = 0; i < 4; i++)
        v[i] = 4 - i;
    printf("start\n");
    qsort(v, 4, sizeof *v, cmp);
    printf("%d\n", v[0]);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
