// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// wcsncat appends up to n characters and a terminator: 5 + 6 + 1 wide
// characters do not fit an 11-character heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t *buf = malloc(11 * sizeof(wchar_t));
    if (!buf)
        return 2;
    wcscpy(buf, L"hello");
    printf("start\n");
    wcsncat(buf, L" world!", 6); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
