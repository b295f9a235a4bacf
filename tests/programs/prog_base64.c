#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* Base64 encode/decode (RFC 4648) with padding, validation, and round trip
   over binary data. */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        out[o++] = b64[v >> 18 & 63]; out[o++] = b64[v >> 12 & 63];
        out[o++] = b64[v >> 6 & 63]; out[o++] = b64[v & 63];
    }
    if (i < n) {
        unsigned v = (unsigned)in[i] << 16;
        if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
        out[o++] = b64[v >> 18 & 63];
        out[o++] = b64[v >> 12 & 63];
        out[o++] = i + 1 < n ? b64[v >> 6 & 63] : '=';
        out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

static int dval(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* returns decoded length or -1 on error */
static long decode(const char *in, unsigned char *out) {
    size_t n = strlen(in);
    if (n % 4) return -1;
    long o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int a = dval(in[i]), b = dval(in[i + 1]);
        int pad2 = in[i + 2] == '=', pad3 = in[i + 3] == '=';
        if (a < 0 || b < 0) return -1;
        if ((pad2 || pad3) && i + 4 != n) return -1;
        if (pad2 && !pad3) return -1;
        int c = pad2 ? 0 : dval(in[i + 2]);
        int d = pad3 ? 0 : dval(in[i + 3]);
        if (c < 0 || d < 0) return -1;
        unsigned v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 | (unsigned)d;
        out[o++] = (unsigned char)(v >> 16);
        if (!pad2) out[o++] = (unsigned char)(v >> 8);
        if (!pad3) out[o++] = (unsigned char)v;
    }
    return o;
}

int main(void) {
    const char *tests[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."};
    char enc[128];
    unsigned char dec[128];
    for (unsigned i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        size_t n = strlen(tests[i]);
        encode((const unsigned char *)tests[i], n, enc);
        long dn = decode(enc, dec);
        int ok = dn == (long)n && memcmp(dec, tests[i], n) == 0;
        printf("'%s' -> '%s' roundtrip=%d\n", tests[i], enc, ok);
    }
    unsigned char bin[256];
    for (int i = 0; i < 256; i++) bin[i] = (unsigned char)(255 - i);
    char *big = malloc(400);
    size_t en = encode(bin, 256, big);
    unsigned char *back = malloc(256);
    long bn = decode(big, back);
    printf("binary: enc len=%zu head=%.16s tail=%s dec len=%ld equal=%d\n", en, big, big + en - 8, bn,
           bn == 256 && memcmp(bin, back, 256) == 0);
    free(big);
    free(back);
    const char *bad[] = {"abc", "ab=c", "a===", "Zm9v!mFy", "Zg==Zg=="};
    for (int i = 0; i < 5; i++) printf("decode('%s') = %ld\n", bad[i], decode(bad[i], dec));
    return 0;
}

/* EXPECT-STDOUT:
'' -> '' roundtrip=1
'f' -> 'Zg==' roundtrip=1
'fo' -> 'Zm8=' roundtrip=1
'foo' -> 'Zm9v' roundtrip=1
'foob' -> 'Zm9vYg==' roundtrip=1
'fooba' -> 'Zm9vYmE=' roundtrip=1
'foobar' -> 'Zm9vYmFy' roundtrip=1
'Many hands make light work.' -> 'TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu' roundtrip=1
binary: enc len=344 head=//79/Pv6+fj39vX0 tail=AwIBAA== dec len=256 equal=1
decode('abc') = -1
decode('ab=c') = -1
decode('a===') = -1
decode('Zm9v!mFy') = -1
decode('Zg==Zg==') = -1
*/
