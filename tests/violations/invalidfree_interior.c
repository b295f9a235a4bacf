// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// free of a pointer into the middle of a heap block.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *a = malloc(8 * sizeof *a);
    printf("start\n");
    free(a + 2); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
