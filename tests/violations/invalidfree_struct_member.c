// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// free of the address of a (non-first) member of a heap struct.
#include <stdio.h>
#include <stdlib.h>

struct obj {
    int refs;
    long payload[4];
};

int main(void)
{
    struct obj *o = malloc(sizeof *o);
    o->refs = 1;
    long *pl = o->payload;
    printf("start\n");
    free(pl); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
