// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strlen of a heap buffer that was filled completely without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *s = malloc(4);
    memcpy(s, "abcd", 4);
    printf("start\n");
    size_t n = strlen(s); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
