// ASAN: detects (AddressSanitizer: heap-buffer-overflow)
// The index j * 2^30 computed in unsigned int is 0 at the first and at the
// last iteration (2^32 wraps to 0) but far out of bounds in between: a
// pre-check of the loop's two ends alone would wrongly pass it.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    unsigned char *buf = calloc(16, 1);
    unsigned sum = 0;
    printf("start\n");
    for (unsigned j = 0; j < 5; j++)
        sum += buf[j * 1073741824u]; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)sum;
}
/* EXPECT-STDOUT:
start
*/
