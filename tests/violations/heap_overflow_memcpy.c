// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy copies n elements where the destination was sized in bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int src[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    int n = 8;
    int *dst = malloc(n); /* should be n * sizeof(int) */
    printf("start\n");
    memcpy(dst, src, n * sizeof(int)); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(dst);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
