// ASAN: misses (no report)
// Two local buffers are compared with memcmp, but only the first bytes of
// one of them were ever written.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char a[16], b[16];
    memset(a, 'x', sizeof a);
    memcpy(b, "xxxx", 4);
    printf("start\n");
    if (memcmp(a, b, sizeof a) == 0) // VIOLATION: uninitialized-read
        printf("same\n");
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
