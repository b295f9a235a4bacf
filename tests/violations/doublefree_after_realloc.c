// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// realloc moved the block (freeing the old one); the old pointer is freed again.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *p = malloc(16);
    void *barrier = malloc(16); /* keeps realloc from growing in place */
    char *q = realloc(p, 8192);
    printf("start %d\n", q != NULL);
    free(p); // VIOLATION: double-free
    printf("NOT-REACHED\n");
    free(q);
    free(barrier);
    return 0;
}
/* EXPECT-STDOUT:
start 1
*/
