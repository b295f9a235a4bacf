// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// printf %s with an int argument.
#include <stdio.h>

int main(void)
{
    int id = 42;
    printf("start\n");
    printf("id=%s\n", id); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
