// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// sprintf of a float with many digits into a small local buffer.
#include <stdio.h>

int main(void)
{
    char num[8];
    double v = 3.14159265358979;
    printf("start\n");
    sprintf(num, "%.10f", v); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%s\n", num);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
