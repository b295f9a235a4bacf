// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A hash helper reads three bytes at p; called at the last two bytes of a
// buffer, its third read is one past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned hash3(const unsigned char *p)
{
    unsigned v = (unsigned)p[0] << 16 | (unsigned)p[1] << 8;
    v |= p[2]; // VIOLATION: heap-buffer-overflow
    return v * 2654435761u;
}

int main(void)
{
    size_t n = 64;
    unsigned char *buf = malloc(n);
    if (!buf)
        return 2;
    memset(buf, 'a', n);
    unsigned h = 0;
    for (size_t i = 0; i + 3 <= n; i++)
        h ^= hash3(buf + i);
    printf("%u\n", h);
    h ^= hash3(buf + n - 2);
    printf("NOT-REACHED\n");
    free(buf);
    return (int)h;
}
/* EXPECT-STDOUT:
0
*/
