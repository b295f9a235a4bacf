// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer made from an integer constant that was never a pointer.
#include <stdio.h>

int main(void)
{
    int *p = (int *)0x12345678;
    printf("start\n");
    int v = *p; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
