// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// An integer is written into a union's integer member and the pointer member
// is then dereferenced.
#include <stdio.h>
#include <stdint.h>

union slot {
    char *ptr;
    uintptr_t bits;
};

int main(void)
{
    union slot s;
    s.bits = 0x4000;
    printf("start\n");
    char c = *s.ptr; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
