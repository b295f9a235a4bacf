// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_strxfrm)  [gcc 12 -fsanitize=address,undefined, default options]
// strxfrm is told the destination holds 64 bytes; it holds 8.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char key[8];
    printf("start\n");
    size_t n = strxfrm(key, "collation key text", 64); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
