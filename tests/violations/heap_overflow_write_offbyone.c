// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A fill loop runs one element past the end of a heap array (<= instead of <).
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 10;
    int *a = malloc(n * sizeof *a);
    printf("start\n");
    for (int i = 0; i <= n; i++)
        a[i] = i * i; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
