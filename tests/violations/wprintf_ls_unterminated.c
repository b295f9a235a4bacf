// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A wide buffer filled by wmemset has no terminator; printing it with %ls
// (Juliet's printWLine) reads past its end.
#include <stdio.h>
#include <wchar.h>

int main(void)
{
    wchar_t dest[6];
    wmemset(dest, L'C', 6);
    printf("start\n");
    wprintf(L"%ls\n", dest); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
