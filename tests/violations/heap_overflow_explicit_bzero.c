// ASAN: misses (explicit_bzero is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// Wiping a secret with explicit_bzero past the end of its block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *key = malloc(16);
    memset(key, 'k', 16);
    printf("start\n");
    explicit_bzero(key, 32); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(key);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
