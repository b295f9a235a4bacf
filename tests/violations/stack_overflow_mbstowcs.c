// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_mbstowcs)  [gcc 12 -fsanitize=address,undefined, default options]
// mbstowcs is given a count larger than the wide buffer.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t w[4];
    printf("start\n");
    size_t n = mbstowcs(w, "hello, world", 16); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
