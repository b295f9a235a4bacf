// ASAN: detects (AddressSanitizer: unknown-crash, the 4-byte read straddles the end)  [gcc 12 -fsanitize=address,undefined, default options]
// The unaligned-load idiom reading a 4-byte word that runs one byte past
// the end of its buffer.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t read32(const void *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v); // VIOLATION: heap-buffer-overflow
    return v;
}

int main(void)
{
    volatile int len = 16;
    unsigned char *buf = calloc((size_t)len, 1);
    uint32_t sum = 0;
    for (int i = 0; i + 4 <= len; i += 4)
        sum += read32(buf + i);
    printf("sum %u\n", sum);
    sum += read32(buf + len - 3);
    printf("NOT-REACHED\n");
    free(buf);
    return (int)sum;
}
/* EXPECT-STDOUT:
sum 0
*/
