// Inspecting object representations through unsigned char pointers.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned checksum(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + b[i];
    return s;
}

int main(void)
{
    uint32_t x = 0x01020304;
    const unsigned char *b = (const unsigned char *)&x;
    printf("%02x %02x %02x %02x\n", b[0], b[1], b[2], b[3]);
    struct { uint16_t a; uint16_t c; } s = {0x1122, 0x3344};
    printf("%u\n", checksum(&s, sizeof s));
    double d = 1.0;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    printf("%016llx\n", (unsigned long long)bits);
    unsigned char copy[sizeof x];
    memcpy(copy, &x, sizeof x);
    uint32_t y;
    memcpy(&y, copy, sizeof y);
    printf("%d\n", y == x);
    return 0;
}
/* EXPECT-STDOUT:
04 03 02 01
1031390
3ff0000000000000
1
*/
