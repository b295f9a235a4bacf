// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// The allocation size is computed in an 8-bit variable and wraps around;
// the copy loop uses the real length.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int count = 300;
    unsigned char size = (unsigned char)count; /* 44 */
    char *buf = malloc(size);
    printf("start %d\n", size);
    for (int i = 0; i < count; i++)
        buf[i] = (char)i; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start 44
*/
