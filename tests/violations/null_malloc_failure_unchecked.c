// ASAN: misses (AddressSanitizer reports allocation-size-too-big at line 10, not at the faulting line 12)  [gcc 12 -fsanitize=address,undefined, default options]
// malloc of an impossible size returns NULL; the result is not checked.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

int main(void)
{
    size_t n = SIZE_MAX / 2;
    char *p = malloc(n);
    printf("start\n");
    p[0] = 'x'; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    free(p);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
