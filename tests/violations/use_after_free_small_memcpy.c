// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// An 8-byte memcpy (a constant size, checked inline) out of a freed block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    long *p = malloc(2 * sizeof *p);
    p[0] = 1;
    p[1] = 2;
    long v;
    memcpy(&v, p + 1, sizeof v);
    printf("%ld\n", v);
    free(p);
    memcpy(&v, p, sizeof v); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%ld\n", v);
    return 0;
}
/* EXPECT-STDOUT:
2
*/
