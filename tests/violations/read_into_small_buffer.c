// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// read() is told its buffer holds 16 bytes; it holds 8.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    int fd = open("/dev/zero", O_RDONLY);
    if (fd < 0)
        return 2;
    char buf[8];
    printf("start\n");
    long n = read(fd, buf, 16); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    close(fd);
    return (int)n + buf[0];
}
/* EXPECT-STDOUT:
start
*/
