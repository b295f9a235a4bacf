// ASAN: detects (AddressSanitizer: stack-buffer-overflow)
// strcmp of a char array without a terminator against a longer string that
// matches all of its bytes: the comparison runs off the end of the array.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char tag[4] = {'a', 'b', 'c', 'd'};
    printf("start\n");
    int r = strcmp(tag, "abcdefgh"); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return r;
}
/* EXPECT-STDOUT:
start
*/
