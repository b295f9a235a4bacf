// ASAN: detects (AddressSanitizer: heap-buffer-overflow in __interceptor_ctime_r)  [gcc 12 -fsanitize=address,undefined, default options]
// ctime_r needs a 26-byte buffer; the heap block has 20.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void)
{
    time_t t = 1700000000;
    char *buf = malloc(20);
    printf("start\n");
    ctime_r(&t, buf); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
