// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy into a global array with a byte count for a larger type.
#include <stdio.h>
#include <string.h>

static short samples[4];

int main(void)
{
    int input[4] = {1, 2, 3, 4};
    printf("start\n");
    memcpy(samples, input, sizeof input); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
