// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// An index off one heap block lands exactly inside another live heap block
// (jumping over any redzone): a heap-buffer-overflow with respect to `a`.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

int main(void)
{
    char *a = malloc(32);
    char *b = malloc(32);
    strcpy(a, "public");
    strcpy(b, "secret");
    printf("start\n");
    intptr_t d = (intptr_t)b - (intptr_t)a;
    char c = a[d]; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    free(a);
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
