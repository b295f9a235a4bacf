// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy reads more bytes from a heap source than it holds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *src = malloc(10);
    memcpy(src, "0123456789", 10);
    char dst[64];
    printf("start\n");
    memcpy(dst, src, sizeof dst); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c\n", dst[0]);
    free(src);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
