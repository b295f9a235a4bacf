// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// wmemcpy copies 16 wide characters out of a 10-character heap block
// (Juliet's CWE126 over-read pattern with a count in characters).
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t *src = malloc(10 * sizeof(wchar_t));
    wchar_t dst[16];
    if (!src)
        return 2;
    wmemset(src, L'A', 10);
    printf("start\n");
    wmemcpy(dst, src, 16); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(src);
    return (int)dst[0];
}
/* EXPECT-STDOUT:
start
*/
