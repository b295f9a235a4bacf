// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_memcpy)  [gcc 12 -fsanitize=address,undefined, default options]
// bcopy (source first!) into a buffer that is too small.
#include <stdio.h>
#include <strings.h>

int main(void)
{
    char dst[6];
    const char src[] = "overlong";
    printf("start\n");
    bcopy(src, dst, sizeof src); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return dst[0];
}
/* EXPECT-STDOUT:
start
*/
