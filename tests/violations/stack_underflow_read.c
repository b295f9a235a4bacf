// ASAN: detects (UBSan: index -1 out of bounds for type 'char [8]')  [gcc 12 -fsanitize=address,undefined, default options]
// Trimming trailing spaces walks below the start of an all-space local buffer.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[8];
    strcpy(buf, "   ");
    printf("start\n");
    int i = (int)strlen(buf) - 1;
    while (buf[i] == ' ') // VIOLATION: stack-buffer-overflow
        i--;
    printf("NOT-REACHED\n");
    printf("%d\n", i);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
