// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// printf("%s") of a heap buffer without a terminator reads past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *name = malloc(5);
    memcpy(name, "alice", 5);
    printf("start\n");
    printf("name=%s\n", name); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(name);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
