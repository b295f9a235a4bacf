// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A 16-byte memmove (a constant size, checked inline) from a 12-byte block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *b = malloc(12);
    memset(b, 'x', 12);
    char t[17];
    memmove(t, b, 8);
    t[8] = 0;
    printf("%s\n", t);
    memmove(t, b, 16); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c\n", t[15]);
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
xxxxxxxx
*/
