// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// calloc with the element size of short, then used as an int array.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 6;
    int *v = calloc(n, sizeof(short));
    printf("start\n");
    for (int i = 0; i < n; i++)
        v[i] = i; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
