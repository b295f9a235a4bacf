// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// Reads past the end of a string literal.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    const char *s = "abc";
    printf("start\n");
    char c = s[argc + 4]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", c);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
