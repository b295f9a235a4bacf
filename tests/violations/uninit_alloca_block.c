// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A scratch buffer from alloca gets its first half written; a checksum
// over the whole buffer reads the unwritten second half.
#include <alloca.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    (void)argv;
    printf("start\n");
    size_t n = 16 + (size_t)argc;
    unsigned char *buf = alloca(n);
    memset(buf, 7, n / 2);
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += buf[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return (int)sum;
}
/* EXPECT-STDOUT:
start
*/
