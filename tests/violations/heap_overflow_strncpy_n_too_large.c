// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strncpy with n larger than the heap destination: strncpy pads with NULs up
// to n bytes, so it writes past the end even for a short source.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *dst = malloc(8);
    printf("start\n");
    strncpy(dst, "abc", 16); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(dst);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
