// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A wide string of 10 characters is copied into a buffer of 10 wchar_t:
// the terminator does not fit (Juliet's CWE121 wchar_t cpy pattern).
#include <stdio.h>
#include <wchar.h>

int main(void)
{
    wchar_t dst[10];
    const wchar_t *src = L"AAAAAAAAAA";
    printf("start %zu\n", wcslen(src));
    wcscpy(dst, src); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)dst[0];
}
/* EXPECT-STDOUT:
start 10
*/
