// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A block is freed twice.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *p = malloc(10);
    printf("start\n");
    free(p);
    free(p); // VIOLATION: double-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
