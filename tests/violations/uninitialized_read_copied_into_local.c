// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// The unaligned-load idiom (`long v; memcpy(&v, p, sizeof v); use v`) over
// bytes of a heap block that were never written: v gets no init state of
// its own, so the copy reads its source as the value it is.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long load(const unsigned char *p)
{
    long v;
    memcpy(&v, p, sizeof v); // VIOLATION: uninitialized-read
    return v;
}

int main(void)
{
    unsigned char *b = malloc(16);
    memset(b, 7, 8);
    printf("%lx\n", load(b));
    printf("%lx\n", load(b + 8));
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
707070707070707
*/
