// ASAN: detects (UBSan: index 8 out of bounds for type 'char [8]')  [gcc 12 -fsanitize=address,undefined, default options]
// Copying a string character by character, including the terminator, into a
// buffer one byte too small.
#include <stdio.h>

int main(void)
{
    const char *src = "overflow";
    char dst[8];
    printf("start\n");
    int i = 0;
    do {
        dst[i] = src[i]; // VIOLATION: stack-buffer-overflow
    } while (src[i++] != '\0');
    printf("NOT-REACHED\n");
    printf("%s\n", dst);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
