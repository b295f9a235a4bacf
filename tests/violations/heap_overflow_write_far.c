// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// An index computed from the argument count lands far past a heap block.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    (void)argv;
    int *a = malloc(16 * sizeof *a);
    printf("start %d\n", argc);
    int idx = argc * 100;
    a[idx] = 1; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start 1
*/
