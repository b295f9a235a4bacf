// crc32: table-driven CRC-32 (IEEE 802.3, reflected, as in zlib) over a
// generated buffer at many offsets; verified with the "123456789" check value,
// a bitwise reference implementation and known CRCs of the data.
// Measures: byte loads, table lookups, shifts.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DATA_LEN
#define DATA_LEN (4 << 20)
#endif
#ifndef PASSES
#define PASSES 40
#endif
/* CRC of the whole buffer and the combined checksum for DATA_LEN = 4 MiB,
   PASSES = 40 (computed independently). */
#define EXPECTED_WHOLE 0x9c89499du
#define EXPECTED_COMBINED 0x7a498bbdb25d4d9eull

static uint64_t rng_state = 0xB5AD4ECEDA1CE2A9ull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static uint32_t table[256];

static void make_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32_table(uint32_t crc, const unsigned char *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static uint32_t crc32_bitwise(uint32_t crc, const unsigned char *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

int main(void)
{
    int ok = 1;
    make_table();
    const char *check = "123456789";
    if (crc32_table(0, (const unsigned char *)check, strlen(check)) != 0xCBF43926u)
        ok = 0;
    if (crc32_bitwise(0, (const unsigned char *)check, strlen(check)) != 0xCBF43926u)
        ok = 0;

    unsigned char *data = malloc(DATA_LEN);
    if (!data) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    for (size_t i = 0; i < DATA_LEN; i++)
        data[i] = (unsigned char)(rnd() >> 24);

    if (crc32_table(0, data, 65536) != crc32_bitwise(0, data, 65536))
        ok = 0;
    /* incremental == one shot */
    uint32_t inc = crc32_table(0, data, 12345);
    inc = crc32_table(inc, data + 12345, DATA_LEN - 12345);
    uint32_t whole = crc32_table(0, data, DATA_LEN);
    if (inc != whole)
        ok = 0;
    if (DATA_LEN == (4 << 20) && whole != EXPECTED_WHOLE)
        ok = 0;

    uint64_t combined = whole;
    for (int pass = 0; pass < PASSES; pass++) {
        size_t off = ((size_t)pass * 7919) % 4096;
        size_t len = DATA_LEN - off - (size_t)pass;
        combined = combined * 0x100000001B3ull + crc32_table((uint32_t)pass, data + off, len);
    }
    if (DATA_LEN == (4 << 20) && PASSES == 40 && combined != EXPECTED_COMBINED)
        ok = 0;
    free(data);
    printf("checksum: %08x %016llx\n", whole, (unsigned long long)combined);
    return ok ? 0 : 1;
}
