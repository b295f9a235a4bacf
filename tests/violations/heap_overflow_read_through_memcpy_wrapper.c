// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// An unaligned 8-byte read through a memcpy wrapper (xxHash's XXH_read64
// over XXH_memcpy) that runs past the end of the input: reported where the
// wrapper is called, as a read of the heap block.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *wrap_memcpy(void *dest, const void *src, size_t size) { return memcpy(dest, src, size); }

static uint64_t read64(const void *p)
{
    uint64_t v;
    wrap_memcpy(&v, p, sizeof v); // VIOLATION: heap-buffer-overflow
    return v;
}

int main(void)
{
    unsigned char *in = malloc(10);
    memset(in, 1, 10);
    printf("start %llx\n", (unsigned long long)read64(in));
    printf("%llx\n", (unsigned long long)read64(in + 4));
    printf("NOT-REACHED\n");
    free(in);
    return 0;
}
/* EXPECT-STDOUT:
start 101010101010101
*/
