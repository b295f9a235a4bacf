// ASAN: detects (AddressSanitizer: memcpy-param-overlap)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy removes the first elements of a heap array by copying the rest over
// them: the ranges overlap.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int n = 10;
    int *a = malloc(n * sizeof *a);
    for (int i = 0; i < n; i++)
        a[i] = i;
    printf("start\n");
    memcpy(a, a + 2, (n - 2) * sizeof *a); // VIOLATION: memcpy-param-overlap
    printf("NOT-REACHED\n");
    printf("%d\n", a[0]);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
