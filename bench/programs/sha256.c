// sha256: SHA-256 (FIPS 180-4) over generated data, chained over many rounds;
// verified with the standard test vectors and a known digest of the data.
// Measures: 32-bit integer arithmetic, rotates, byte/word conversions.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef DATA_LEN
#define DATA_LEN (1 << 20)
#endif
#ifndef ROUNDS
#define ROUNDS 90
#endif
/* Digest of the final round for DATA_LEN = 1 MiB, ROUNDS = 90 (computed independently,
 * with Python's hashlib). */
#define EXPECTED_FINAL "21218690d6dbd3d024d6ef95b581d4939374b399ea7533f4d202fcd620131619"

static uint64_t rng_state = 0x853C49E6748FEA9Bull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

struct sha256 {
    uint32_t h[8];
    uint64_t length; /* bytes */
    unsigned char block[64];
    size_t fill;
};

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

static void compress(uint32_t h[8], const unsigned char *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + K[i] + w[i];
        uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

static void sha256_init(struct sha256 *s)
{
    static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->fill = 0;
}

static void sha256_update(struct sha256 *s, const unsigned char *p, size_t n)
{
    s->length += n;
    if (s->fill) {
        size_t take = 64 - s->fill < n ? 64 - s->fill : n;
        memcpy(s->block + s->fill, p, take);
        s->fill += take;
        p += take;
        n -= take;
        if (s->fill < 64)
            return;
        compress(s->h, s->block);
        s->fill = 0;
    }
    while (n >= 64) {
        compress(s->h, p);
        p += 64;
        n -= 64;
    }
    memcpy(s->block, p, n);
    s->fill = n;
}

static void sha256_final(struct sha256 *s, unsigned char out[32])
{
    uint64_t bits = s->length * 8;
    unsigned char pad[72] = { 0x80 };
    size_t padlen = (s->fill < 56) ? 56 - s->fill : 120 - s->fill;
    unsigned char lenbytes[8];
    for (int i = 0; i < 8; i++)
        lenbytes[i] = (unsigned char)(bits >> (56 - 8 * i));
    sha256_update(s, pad, padlen);
    sha256_update(s, lenbytes, 8);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (unsigned char)(s->h[i] >> 24);
        out[4 * i + 1] = (unsigned char)(s->h[i] >> 16);
        out[4 * i + 2] = (unsigned char)(s->h[i] >> 8);
        out[4 * i + 3] = (unsigned char)s->h[i];
    }
}

static void to_hex(const unsigned char d[32], char out[65])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[64] = '\0';
}

static int check_vector(const char *msg, size_t repeat, const char *hex)
{
    struct sha256 s;
    unsigned char d[32];
    char got[65];
    sha256_init(&s);
    for (size_t i = 0; i < repeat; i++)
        sha256_update(&s, (const unsigned char *)msg, strlen(msg));
    sha256_final(&s, d);
    to_hex(d, got);
    return strcmp(got, hex) == 0;
}

int main(void)
{
    int ok = 1;
    ok &= check_vector("", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    ok &= check_vector("abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ok &= check_vector("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    ok &= check_vector("a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

    unsigned char *data = malloc(DATA_LEN);
    if (!data) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    for (size_t i = 0; i < DATA_LEN; i++)
        data[i] = (unsigned char)(rnd() >> 24);

    unsigned char digest[32];
    for (int round = 0; round < ROUNDS; round++) {
        struct sha256 s;
        sha256_init(&s);
        /* feed in uneven pieces to exercise the buffering path */
        size_t off = 0, piece = 1000 + (size_t)round;
        while (off < DATA_LEN) {
            size_t n = DATA_LEN - off < piece ? DATA_LEN - off : piece;
            sha256_update(&s, data + off, n);
            off += n;
        }
        sha256_final(&s, digest);
        size_t at = ((size_t)round * 32) % (DATA_LEN - 32);
        for (int i = 0; i < 32; i++)
            data[at + i] ^= digest[i];
    }
    char hex[65];
    to_hex(digest, hex);
    if (DATA_LEN == (1 << 20) && ROUNDS == 90 && strcmp(hex, EXPECTED_FINAL) != 0)
        ok = 0;
    free(data);
    printf("checksum: %s\n", hex);
    return ok ? 0 : 1;
}
