// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// wmemset fills a wide buffer without a terminator; wcslen runs off its end.
#include <stdio.h>
#include <wchar.h>

int main(void)
{
    wchar_t buf[8];
    wmemset(buf, L'x', 8);
    printf("start\n");
    size_t n = wcslen(buf); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
