// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// Writes the element just before the start of a heap block (index -1).
#include <stdio.h>
#include <stdlib.h>

static void set_prev(int *p, int v)
{
    p[-1] = v; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
}

int main(void)
{
    int *a = malloc(4 * sizeof *a);
    printf("start\n");
    set_prev(a, 7);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
