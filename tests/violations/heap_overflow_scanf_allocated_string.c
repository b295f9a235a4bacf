// ASAN: detects (heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// The string scanf's %ms allocates is a heap block of the string's length:
// reading past its terminator is an overflow of that block.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *s = NULL;
    if (sscanf("abc", "%ms", &s) != 1)
        return 1;
    printf("%s %c\n", s, s[2]);
    char past = s[4]; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", past);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
abc c
*/
