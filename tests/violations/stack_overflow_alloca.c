// ASAN: detects (AddressSanitizer: dynamic-stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A buffer from alloca is written one byte past its end.
#include <alloca.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    size_t n = 8;
    char *buf = alloca(n);
    memset(buf, 'a', n);
    printf("start\n");
    buf[n] = '\0'; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
