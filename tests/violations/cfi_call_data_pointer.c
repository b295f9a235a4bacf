// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed))  [gcc 12 -fsanitize=address,undefined, default options]
// Calls a data buffer as if it were a function (a byte that encodes `ret`).
#include <stdio.h>

static unsigned char code[16] = {0xc3};

int main(void)
{
    void (*fn)(void) = (void (*)(void))(void *)code;
    printf("start\n");
    fn(); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
