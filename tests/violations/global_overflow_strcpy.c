// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy into a fixed-size global buffer.
#include <stdio.h>
#include <string.h>

char hostname[8];

int main(void)
{
    printf("start\n");
    strcpy(hostname, "build-server-01"); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
