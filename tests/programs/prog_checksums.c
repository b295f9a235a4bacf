#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* CRC32 (table and bitwise), Adler-32, FNV-1a 32/64, djb2, and a
   streaming CRC over chunks, checked against each other. */

static uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}
static uint32_t crc32_update(uint32_t crc, const void *data, size_t n) {
    const unsigned char *p = data;
    crc = ~crc;
    while (n--) crc = crc_table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}
static uint32_t crc32_bitwise(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
static uint32_t adler32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) { a = (a + p[i]) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}
static uint32_t fnv1a32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; }
    return h;
}
static uint64_t fnv1a64(const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}
static unsigned long djb2(const char *s) {
    unsigned long h = 5381;
    int c;
    while ((c = (unsigned char)*s++)) h = ((h << 5) + h) + (unsigned long)c;
    return h;
}

int main(void) {
    crc_init();
    const char *inputs[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Wikipedia"};
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        const char *s = inputs[i];
        size_t n = strlen(s);
        uint32_t c1 = crc32_update(0, s, n), c2 = crc32_bitwise(s, n);
        printf("%-44s crc32=%08x%s adler=%08x fnv32=%08x fnv64=%016llx djb2=%lu\n", s, c1, c1 == c2 ? "" : "!",
               adler32(s, n), fnv1a32(s, n), (unsigned long long)fnv1a64(s, n), djb2(s));
    }
    unsigned char block[1000];
    for (int i = 0; i < 1000; i++) block[i] = (unsigned char)(i * 31 + 7);
    uint32_t whole = crc32_update(0, block, sizeof block);
    uint32_t streamed = 0;
    for (size_t off = 0; off < sizeof block; off += 137) {
        size_t len = sizeof block - off < 137 ? sizeof block - off : 137;
        streamed = crc32_update(streamed, block + off, len);
    }
    printf("block crc=%08x streamed=%08x match=%d adler=%08x\n", whole, streamed, whole == streamed, adler32(block, sizeof block));
    return 0;
}

/* EXPECT-STDOUT:
                                             crc32=00000000 adler=00000001 fnv32=811c9dc5 fnv64=cbf29ce484222325 djb2=5381
a                                            crc32=e8b7be43 adler=00620062 fnv32=e40c292c fnv64=af63dc4c8601ec8c djb2=177670
abc                                          crc32=352441c2 adler=024d0127 fnv32=1a47e90b fnv64=e71fa2190541574b djb2=193485963
123456789                                    crc32=cbf43926 adler=091e01de fnv32=bb86b11c fnv64=06d5573923c6cdfc djb2=249811310476114818
The quick brown fox jumps over the lazy dog  crc32=414fa339 adler=5bdc0fda fnv32=048fff90 fnv64=f3f9b7f5e7e47110 djb2=3950289020261251294
Wikipedia                                    crc32=adaac02e adler=11e60398 fnv32=a1f3dd10 fnv64=4510c56d4ae02c70 djb2=249867172486062844
block crc=8902161e streamed=8902161e match=1 adler=d9f3f1bc
*/
