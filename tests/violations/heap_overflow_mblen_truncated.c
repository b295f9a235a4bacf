// ASAN: misses (mblen is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// mblen is told 4 bytes are there; the block has one, the first byte of a
// two-byte UTF-8 character, so libc reads on past the block.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        return 1;
    char *b = malloc(1);
    b[0] = (char)0xc3;
    printf("start\n");
    int n = mblen(b, 4); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(b);
    return n;
}
/* EXPECT-STDOUT:
start
*/
