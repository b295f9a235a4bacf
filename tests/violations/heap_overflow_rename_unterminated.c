// ASAN: misses (rename is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// The new name for rename is built in a heap block without room for its NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const char *base = "/tmp/safec-no-such-file";
    char *to = malloc(strlen(base));
    memcpy(to, base, strlen(base));
    printf("start\n");
    rename("/tmp/safec-no-such-source", to); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(to);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
