// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A freed block is immediately reused by another malloc of the same size
// (same address with glibc); the stale pointer then reads the new owner's data.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *old = malloc(32);
    strcpy(old, "old data");
    free(old);
    char *fresh = malloc(32);
    strcpy(fresh, "new secret");
    printf("start\n");
    char c = old[0]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    free(fresh);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
