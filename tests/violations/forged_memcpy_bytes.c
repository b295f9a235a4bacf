// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer variable is filled by memcpy from the bytes of an integer.
#include <stdio.h>
#include <string.h>

int main(void)
{
    unsigned long bits = 0x7f0000001000UL;
    int *p;
    memcpy(&p, &bits, sizeof p);
    printf("start\n");
    *p = 1; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
