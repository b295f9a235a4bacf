// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// snprintf is given the size of a different, larger buffer.
#include <stdio.h>

int main(void)
{
    char big[64];
    char small[8];
    printf("start\n");
    snprintf(small, sizeof big, "%s-%d", "label", 123456); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    snprintf(big, sizeof big, "%s", small);
    printf("%s\n", big);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
