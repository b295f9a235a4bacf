// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// sprintf of a long message into a small global buffer.
#include <stdio.h>

char status[10];

int main(void)
{
    int code = 404;
    printf("start\n");
    sprintf(status, "HTTP %d Not Found", code); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
