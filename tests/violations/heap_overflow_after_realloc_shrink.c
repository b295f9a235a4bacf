// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A buffer is shrunk with realloc, but the old length is still used.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int len = 32;
    char *buf = malloc(len);
    for (int i = 0; i < len; i++)
        buf[i] = 'a' + i % 26;
    buf = realloc(buf, 8);
    printf("start %c\n", buf[7]);
    char last = buf[len - 1]; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c\n", last);
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start h
*/
