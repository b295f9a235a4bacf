// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// printf("%s") of a local char array that holds no terminator.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char code[3];
    memcpy(code, "XYZ", 3);
    printf("start\n");
    printf("code=%s\n", code); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
