// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A summing loop reads one element past the end of a heap array.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 8;
    long *a = malloc(n * sizeof *a);
    for (int i = 0; i < n; i++)
        a[i] = i + 1;
    printf("start\n");
    long sum = 0;
    for (int i = 0; i <= n; i++)
        sum += a[i]; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%ld\n", sum);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
