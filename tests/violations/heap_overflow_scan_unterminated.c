// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A hand-written scanner looks for a terminator that was never written.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 12;
    char *buf = malloc(n);
    for (int i = 0; i < n; i++)
        buf[i] = 'x';
    printf("start\n");
    const char *p = buf;
    while (*p) // VIOLATION: heap-buffer-overflow
        p++;
    printf("NOT-REACHED\n");
    printf("%d\n", (int)(p - buf));
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
