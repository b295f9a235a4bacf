// ASAN: detects (AddressSanitizer: stack-buffer-overflow, only later, in the puts of the overflowed string; strftime's own write is not checked against the size)  [gcc 12 -fsanitize=address,undefined, default options]
// strftime is told the buffer has 64 bytes; it has 16.
#include <stdio.h>
#include <time.h>

int main(void)
{
    time_t t = 1700000000;
    struct tm tm;
    gmtime_r(&t, &tm);
    char stamp[16];
    printf("start\n");
    strftime(stamp, 64, "%A, %d %B %Y %H:%M:%S", &tm); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%s\n", stamp);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
