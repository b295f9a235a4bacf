// ASAN: detects (AddressSanitizer: stack-buffer-overflow in __interceptor___xpg_strerror_r)  [gcc 12 -fsanitize=address,undefined, default options]
// POSIX strerror_r with the size of a larger buffer.
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char msg[8];
    printf("start\n");
    int r = strerror_r(EACCES, msg, 256); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return r;
}
/* EXPECT-STDOUT:
start
*/
