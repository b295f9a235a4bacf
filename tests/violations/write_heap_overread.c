// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// write() sends 64 bytes out of a 40-byte heap block.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    int fd = open("/dev/null", O_WRONLY);
    char *msg = malloc(40);
    if (fd < 0 || !msg)
        return 2;
    memset(msg, 'm', 40);
    printf("start\n");
    long n = write(fd, msg, 64); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(msg);
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
