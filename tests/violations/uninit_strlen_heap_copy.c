// ASAN: misses (no report)
// A string is copied into a heap buffer with memcpy but without its
// terminator; strlen on the copy reads the byte after it, never written.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const char *src = "hello";
    char *dst = malloc(16);
    memset(dst + 6, 0, 10);
    memcpy(dst, src, 5);
    printf("start %c\n", dst[0]);
    size_t n = strlen(dst); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    free(dst);
    return 0;
}
/* EXPECT-STDOUT:
start h
*/
