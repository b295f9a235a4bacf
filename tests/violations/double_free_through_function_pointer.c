// ASAN: detects (AddressSanitizer: attempting double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// free called twice on one block, the second time through a function
// pointer to free: the pointer goes through the same checked free.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    void (*release)(void *) = free;
    char *p = malloc(16);
    p[0] = 'a';
    printf("%c\n", p[0]);
    free(p);
    release(p); // VIOLATION: double-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
a
*/
