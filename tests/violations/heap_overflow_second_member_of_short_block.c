// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A block allocated for a header only is used as the whole record: its
// first member is inside the block, the second one past its end.
#include <stdio.h>
#include <stdlib.h>

struct header { long kind; };
struct record { long kind; long size; long data[2]; };

static long describe(const struct record *r)
{
    long k = r->kind;
    long s = r->size; // VIOLATION: heap-buffer-overflow
    return k * 100 + s;
}

int main(void)
{
    struct record *full = malloc(sizeof *full);
    full->kind = 3;
    full->size = 7;
    printf("%ld\n", describe(full));
    struct header *h = malloc(sizeof *h);
    h->kind = 4;
    printf("%ld\n", describe((const struct record *)h));
    printf("NOT-REACHED\n");
    free(h);
    free(full);
    return 0;
}
/* EXPECT-STDOUT:
307
*/
