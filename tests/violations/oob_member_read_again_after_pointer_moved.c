// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A member read through a pointer, the pointer moved to a block too small for
// the struct, and the same member read again: the second read is checked
// against the new block (an assignment to the pointer drops what was checked).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    long id;
    long value;
};

int main(void)
{
    struct rec *r = malloc(sizeof *r);
    r->id = 1;
    r->value = 7;
    long total = r->value;
    printf("%ld\n", total);
    void *small = malloc(sizeof(long));
    memset(small, 0, sizeof(long));
    r = small;
    total += r->value; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%ld\n", total);
    return 0;
}
/* EXPECT-STDOUT:
7
*/
