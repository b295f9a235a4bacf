// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A union local used only by name (no object record until an access fails)
// written one element past its member array.
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    union { uint32_t u; unsigned char c[4]; } one = { 1 };
    printf("%u\n", one.c[0]);
    one.c[argc + 3] = 1; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
1
*/
