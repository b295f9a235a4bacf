// ASAN: detects (AddressSanitizer: global-buffer-overflow in __interceptor_setvbuf)  [gcc 12 -fsanitize=address,undefined, default options]
// setvbuf is told the buffer has 4096 bytes; the static buffer has 256.
#include <stdio.h>

static char iobuf[256];

int main(void)
{
    printf("start\n");
    fflush(stdout);
    setvbuf(stdout, iobuf, _IOFBF, 4096); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
