// ASAN: misses (no report)
// Only the low byte of an int is written through a char pointer; reading the
// whole int reads three bytes nobody wrote.
#include <stdio.h>

int main(void)
{
    int x;
    unsigned char *p = (unsigned char *)&x;
    p[0] = 7;
    printf("start %d\n", p[0]);
    int y = x + 1; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", y);
    return 0;
}
/* EXPECT-STDOUT:
start 7
*/
