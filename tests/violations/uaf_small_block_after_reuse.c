// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A freed small block waits in its size class's delay line; thousands of
// later mallocs of that size get it back (same address, same record, new
// generation).  The stale pointer must still fail, not read the new owner.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *old = malloc(40);
    strcpy(old, "old data");
    free(old);
    char *keep[5000];
    for (int i = 0; i < 5000; i++) {
        keep[i] = malloc(40);
        strcpy(keep[i], "new owner");
    }
    printf("start\n");
    char c = old[0]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    for (int i = 0; i < 5000; i++)
        free(keep[i]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
