// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// snprintf %s with a long argument (an integer, not a string).
#include <stdio.h>

int main(void)
{
    char buf[32];
    long handle = 0x1000;
    printf("start\n");
    snprintf(buf, sizeof buf, "h=%s", handle); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    printf("%s\n", buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
