// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memset with the element count instead of the byte count of a long array
// (times eight: sizeof used twice).
#include <stdio.h>
#include <string.h>

int main(void)
{
    long counters[4];
    printf("start\n");
    memset(counters, 0, sizeof counters * sizeof counters[0]); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%ld\n", counters[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
