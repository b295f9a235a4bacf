// ASAN: detects (AddressSanitizer: global-buffer-overflow)
// A pointer walk with no terminator in the array: the walk leaves the
// array; the loop's hoisted window still ends exactly at its last byte.
#include <stdio.h>

static char tag[4] = {'a', 'b', 'c', 'd'};

int main(void)
{
    printf("start\n");
    const char *q = tag;
    int n = 0;
    while (*q != 0) { // VIOLATION: global-buffer-overflow
        n++;
        q++;
    }
    printf("NOT-REACHED\n");
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
