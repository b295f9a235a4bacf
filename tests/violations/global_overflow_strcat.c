// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// Repeated strcat into a global log buffer overruns it.
#include <stdio.h>
#include <string.h>

static char logbuf[24];

int main(void)
{
    printf("start\n");
    for (int i = 0; i < 4; i++)
        strcat(logbuf, "event;"); /* 4 x 6 = 24 bytes + NUL */ // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
