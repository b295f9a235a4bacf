// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// 8 bytes copied (a constant size) from the never-written half of a heap
// block: the copy is allowed, reading the copy is not.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    unsigned char *b = malloc(16);
    memset(b, 7, 8);
    long v, *w = malloc(sizeof *w);
    memcpy(&v, b, sizeof v);
    printf("%lx\n", v);
    memcpy(w, b + 8, sizeof *w);
    printf("copied\n");
    printf("%lx\n", *w); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
707070707070707
copied
*/
