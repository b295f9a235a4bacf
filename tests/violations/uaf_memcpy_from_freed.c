// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy from a block that was already freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *src = malloc(16);
    strcpy(src, "payload");
    char dst[16];
    free(src);
    printf("start\n");
    memcpy(dst, src, 8); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%s\n", dst);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
