// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor_setbuf)  [gcc 12 -fsanitize=address,undefined, default options]
// setbuf needs a BUFSIZ-byte buffer (libc fills up to BUFSIZ bytes of it
// later); this one has 64.
#include <stdio.h>

int main(void)
{
    char buf[64];
    printf("start\n");
    fflush(stdout);
    setbuf(stdout, buf); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    fflush(stdout);
    setbuf(stdout, NULL);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
