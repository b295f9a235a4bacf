// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_wcstombs)  [gcc 12 -fsanitize=address,undefined, default options]
// wcstombs with the size of the source, not of the destination.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    const wchar_t *src = L"narrow me down";
    char out[6];
    printf("start\n");
    size_t n = wcstombs(out, src, 32); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
