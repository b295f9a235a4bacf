// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memmove shifts a heap array right by one without room for the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int n = 6;
    int *a = malloc(n * sizeof *a);
    for (int i = 0; i < n; i++)
        a[i] = i;
    printf("start\n");
    memmove(a + 1, a, n * sizeof *a); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
