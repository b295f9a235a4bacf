// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_fopen)  [gcc 12 -fsanitize=address,undefined, default options]
// The mode string handed to fopen is a char array without its NUL.
#include <stdio.h>

int main(void)
{
    char mode[2] = {'r', '+'};
    printf("start\n");
    FILE *f = fopen("/dev/null", mode); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    if (f)
        fclose(f);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
