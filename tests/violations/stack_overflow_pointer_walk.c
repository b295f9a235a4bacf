// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer walk uses <= end, storing one element past the local array.
#include <stdio.h>

int main(void)
{
    short vals[6];
    short *end = vals + 6;
    printf("start\n");
    short k = 0;
    for (short *p = vals; p <= end; p++)
        *p = k++; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", vals[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
