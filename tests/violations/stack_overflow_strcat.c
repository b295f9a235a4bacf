// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strcat onto a local buffer that is already nearly full.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char msg[12] = "error: ";
    printf("start\n");
    strcat(msg, "disk full"); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%s\n", msg);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
