// ASAN: detects (AddressSanitizer: heap-buffer-overflow in StrtolFixAndCheck)  [gcc 12 -fsanitize=address,undefined, default options]
// atoll on digits copied into a heap block without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *num = malloc(4);
    memcpy(num, "1234", 4);
    printf("start\n");
    long long v = atoll(num); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(num);
    return (int)v;
}
/* EXPECT-STDOUT:
start
*/
