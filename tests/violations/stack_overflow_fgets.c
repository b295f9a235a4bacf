// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// fgets with a size larger than the local buffer it writes to.
// STDIN: a line of input that is too long for the buffer
#include <stdio.h>

int main(void)
{
    char line[10];
    printf("start\n");
    if (fgets(line, 100, stdin)) // VIOLATION: stack-buffer-overflow
        printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
