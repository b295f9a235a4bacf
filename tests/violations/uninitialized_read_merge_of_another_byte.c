// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A masked merge writes the byte it reads (a bit-field written by hand);
// one that takes its kept bits from another byte never written is a read
// of that byte's indeterminate value.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    unsigned char *b = malloc(4);
    if (!b)
        return 1;
    b[0] = (unsigned char)((b[0] & 0xf0) | 0x3);
    printf("%x\n", b[0] & 0x0f);
    b[2] = (unsigned char)((b[1] & 0xf0) | 0x3); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
3
*/
