// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// sprintf formats a number that does not fit into a small heap buffer.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *buf = malloc(8);
    long v = 1234567890123L;
    printf("start\n");
    sprintf(buf, "id=%ld", v); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
