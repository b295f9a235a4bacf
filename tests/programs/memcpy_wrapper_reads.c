// Unaligned reads and writes through a memcpy wrapper, as xxHash writes
// them (XXH_memcpy, so a build can substitute its own): the wrapper's
// calls are plain copies, and a struct with pointers copied through it
// keeps its pointers' capabilities.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *wrap_memcpy(void *dest, const void *src, size_t size) { return memcpy(dest, src, size); }
static void wrap_memmove(void *dest, const void *src, size_t size) { memmove(dest, src, size); }

static uint64_t read64(const void *p)
{
    uint64_t v;
    wrap_memcpy(&v, p, sizeof v);
    return v;
}

static uint32_t read32(const void *p)
{
    uint32_t v;
    wrap_memcpy(&v, p, sizeof v);
    return v;
}

static void write64(void *p, uint64_t v) { wrap_memcpy(p, &v, sizeof v); }

struct named {
    const char *name;
    int value;
};

int main(void)
{
    unsigned char buf[64];
    for (int i = 0; i < 64; i++)
        buf[i] = (unsigned char)(i * 7);
    uint64_t acc = 0;
    for (int i = 0; i + 8 <= 64; i += 3)
        acc = (acc ^ read64(buf + i)) * 0x9E3779B185EBCA87ULL + read32(buf + i + 1);
    write64(buf + 5, acc);
    printf("%016llx %08x\n", (unsigned long long)acc, (unsigned)read32(buf + 7));
    struct named a = {"alpha", 1}, b;
    wrap_memcpy(&b, &a, sizeof b);
    struct named *heap = malloc(2 * sizeof *heap);
    wrap_memcpy(heap, &a, sizeof a);
    wrap_memmove(heap + 1, heap, sizeof *heap);
    printf("%s %s %d\n", b.name, heap[1].name, heap[1].value);
    free(heap);
    return 0;
}
/* EXPECT-STDOUT:
91bd32a48e742af1 32a48e74
alpha alpha 1
*/
