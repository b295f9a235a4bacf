/* The unaligned load and store idiom of lz4, xxhash, zstd: a local written
 * or read whole by memcpy.  The local needs no object record (its side of
 * the copy is in bounds by construction); the other side is checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint32_t U32;

static U32 read32(const void *p) { U32 v; memcpy(&v, p, sizeof(v)); return v; }
static uint64_t read64(const void *p) { uint64_t v; memcpy(&v, p, sizeof v); return v; }
static void write32(void *p, U32 value) { memcpy(p, &value, sizeof(value)); }
struct pair { uint16_t a, b; };

int main(void) {
    unsigned char *buf = malloc(64);
    for (int i = 0; i < 64; i++)
        buf[i] = (unsigned char)(i * 7);
    uint64_t h = 0;
    for (int i = 0; i + 4 <= 64; i++)
        h = h * 31 + read32(buf + i);
    for (int i = 0; i + 8 <= 64; i += 3)
        h ^= read64(buf + i);
    write32(buf + 3, 0xdeadbeef);
    struct pair pr;
    memmove(&pr, buf + 1, sizeof pr);
    double d = 2.5;
    unsigned char bytes[sizeof d];
    memcpy(bytes, &d, sizeof d);
    printf("%016llx %08x %u %u %02x\n", (unsigned long long)h, read32(buf + 3), pr.a, pr.b,
           bytes[7]);
    free(buf);
    return 0;
}

/* EXPECT-STDOUT:
6e1099c5e394aa5d deadbeef 3591 48879 40
*/
