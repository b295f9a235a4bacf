// lz77: LZ77/LZSS compressor with hash chains (32 KiB window, matches of
// 3..258 bytes, flag byte per 8 tokens) and its decompressor, run as a round
// trip on generated text-like data; verified by decompress(compress(x)) == x.
// Measures: byte-array matching loops, hash-chain pointer-free indexing, memcpy.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef INPUT_LEN
#define INPUT_LEN (6 << 20)
#endif
#define WINDOW 32768
#define MIN_MATCH 3
#define MAX_MATCH 258
#define HASH_BITS 15
#define MAX_CHAIN 24

static uint64_t rng_state = 0xD1B54A32D192ED03ull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

static unsigned hash3(const unsigned char *p)
{
    uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Output format: a flag byte, then 8 tokens; flag bit k set => token k is a
   match (2 bytes distance-1, 1 byte length-MIN_MATCH), else one literal byte.
   Returns the compressed size. out must hold n + n/8 + 16 bytes. */
static size_t compress(const unsigned char *in, size_t n, unsigned char *out)
{
    int32_t *head = xmalloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = xmalloc(sizeof(int32_t) * WINDOW);
    for (size_t i = 0; i < ((size_t)1 << HASH_BITS); i++)
        head[i] = -1;
    for (size_t i = 0; i < WINDOW; i++)
        prev[i] = -1;

    size_t o = 0, i = 0, flag_pos = 0;
    int ntok = 8;
    while (i < n) {
        if (ntok == 8) {
            flag_pos = o;
            out[o++] = 0;
            ntok = 0;
        }
        size_t best_len = 0, best_dist = 0;
        if (i + MIN_MATCH <= n) {
            unsigned h = hash3(in + i);
            int32_t cand = head[h];
            size_t max_len = n - i < MAX_MATCH ? n - i : MAX_MATCH;
            for (int chain = 0; cand >= 0 && chain < MAX_CHAIN; chain++) {
                size_t c = (size_t)cand;
                if (i - c > WINDOW - 1)
                    break;
                if (in[c + best_len] == in[i + best_len]) {
                    size_t len = 0;
                    while (len < max_len && in[c + len] == in[i + len])
                        len++;
                    if (len > best_len) {
                        best_len = len;
                        best_dist = i - c;
                        if (len == max_len)
                            break;
                    }
                }
                int32_t nxt = prev[c % WINDOW];
                if (nxt >= cand)
                    break;
                cand = nxt;
            }
            prev[i % WINDOW] = head[h];
            head[h] = (int32_t)i;
        }
        if (best_len >= MIN_MATCH) {
            out[flag_pos] |= (unsigned char)(1u << ntok);
            out[o++] = (unsigned char)((best_dist - 1) & 0xFF);
            out[o++] = (unsigned char)((best_dist - 1) >> 8);
            out[o++] = (unsigned char)(best_len - MIN_MATCH);
            /* insert the skipped positions into the hash chains */
            for (size_t k = i + 1; k < i + best_len && k + MIN_MATCH <= n; k++) {
                unsigned h = hash3(in + k);
                prev[k % WINDOW] = head[h];
                head[h] = (int32_t)k;
            }
            i += best_len;
        } else {
            out[o++] = in[i++];
        }
        ntok++;
    }
    free(head);
    free(prev);
    return o;
}

/* Returns the decompressed size, or (size_t)-1 on malformed input. */
static size_t decompress(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned flags = in[i++];
        for (int k = 0; k < 8 && i < n; k++) {
            if (flags & (1u << k)) {
                if (i + 3 > n)
                    return (size_t)-1;
                size_t dist = ((size_t)in[i] | (size_t)in[i + 1] << 8) + 1;
                size_t len = (size_t)in[i + 2] + MIN_MATCH;
                i += 3;
                if (dist > o || o + len > cap)
                    return (size_t)-1;
                for (size_t j = 0; j < len; j++) /* may overlap: byte by byte */
                    out[o + j] = out[o - dist + j];
                o += len;
            } else {
                if (o >= cap)
                    return (size_t)-1;
                out[o++] = in[i++];
            }
        }
    }
    return o;
}

int main(void)
{
    unsigned char *input = xmalloc(INPUT_LEN);
    /* text-like input: words from a small vocabulary, plus noise and runs */
    static const char *const words[] = {
        "the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ", "and ",
        "compiler ", "pointer ", "object ", "bounds ", "check ", "memory ", "safe ",
        "runtime ", "capability ", "kernel ", "struct ", "\n", ", ", ". ",
    };
    size_t nwords = sizeof words / sizeof words[0];
    size_t len = 0;
    while (len < INPUT_LEN) {
        uint64_t r = rnd();
        if (r % 50 == 0) {
            size_t run = 1 + (r >> 8) % 300;
            for (size_t k = 0; k < run && len < INPUT_LEN; k++)
                input[len++] = (unsigned char)('0' + (r >> 20) % 10);
        } else if (r % 7 == 0) {
            input[len++] = (unsigned char)(r >> 32);
        } else {
            const char *w = words[(r >> 16) % nwords];
            for (size_t k = 0; w[k] && len < INPUT_LEN; k++)
                input[len++] = (unsigned char)w[k];
        }
    }

    unsigned char *packed = xmalloc(INPUT_LEN + INPUT_LEN / 8 + 16);
    unsigned char *unpacked = xmalloc(INPUT_LEN);
    int ok = 1;
    uint64_t checksum = 0;
    for (int round = 0; round < 5; round++) {
        size_t n = INPUT_LEN - (size_t)round * 1000;
        size_t clen = compress(input, n, packed);
        size_t dlen = decompress(packed, clen, unpacked, INPUT_LEN);
        if (dlen != n || memcmp(input, unpacked, n) != 0)
            ok = 0;
        if (clen >= n / 2) /* this data compresses well */
            ok = 0;
        uint64_t h = 0xCBF29CE484222325ull;
        for (size_t k = 0; k < clen; k++)
            h = (h ^ packed[k]) * 0x100000001B3ull;
        checksum = checksum * 31 + h + clen;
    }
    free(input);
    free(packed);
    free(unpacked);
    printf("checksum: %016llx\n", (unsigned long long)checksum);
    return ok ? 0 : 1;
}
