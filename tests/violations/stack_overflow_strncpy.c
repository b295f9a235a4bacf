// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strncpy with a size taken from the source instead of the destination.
#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *src = "configuration";
    char dst[6];
    printf("start\n");
    strncpy(dst, src, strlen(src)); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    dst[5] = '\0';
    printf("%s\n", dst);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
