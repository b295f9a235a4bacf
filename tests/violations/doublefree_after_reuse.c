// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A block is freed, its memory is handed to a new allocation, and the stale
// pointer is freed again (plain glibc would free the new owner's block).
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *a = malloc(24);
    free(a);
    int *b = malloc(24);
    b[0] = 1;
    printf("start\n");
    free(a); // VIOLATION: double-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
