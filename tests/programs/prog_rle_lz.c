#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Run-length encoding and a simple LZ77 (window 255, min match 3) with
   round-trip verification over several inputs. */

static size_t rle_encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t run = 1;
        while (i + run < n && in[i + run] == in[i] && run < 255) run++;
        out[o++] = (unsigned char)run;
        out[o++] = in[i];
        i += run;
    }
    return o;
}
static size_t rle_decode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        for (int k = 0; k < in[i]; k++) out[o++] = in[i + 1];
    return o;
}

/* LZ token stream: 0x00 len literal-bytes... | 0x01 offset len */
static size_t lz_encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0, i = 0, lit_start = 0;
    while (i < n) {
        size_t best_len = 0, best_off = 0;
        size_t wstart = i > 255 ? i - 255 : 0;
        for (size_t j = wstart; j < i; j++) {
            size_t l = 0;
            while (i + l < n && in[j + l] == in[i + l] && l < 255) l++;
            if (l > best_len) { best_len = l; best_off = i - j; }
        }
        if (best_len >= 3) {
            while (lit_start < i) {
                size_t cnt = i - lit_start > 255 ? 255 : i - lit_start;
                out[o++] = 0; out[o++] = (unsigned char)cnt;
                memcpy(out + o, in + lit_start, cnt);
                o += cnt; lit_start += cnt;
            }
            out[o++] = 1; out[o++] = (unsigned char)best_off; out[o++] = (unsigned char)best_len;
            i += best_len;
            lit_start = i;
        } else i++;
    }
    while (lit_start < n) {
        size_t cnt = n - lit_start > 255 ? 255 : n - lit_start;
        out[o++] = 0; out[o++] = (unsigned char)cnt;
        memcpy(out + o, in + lit_start, cnt);
        o += cnt; lit_start += cnt;
    }
    return o;
}
static size_t lz_decode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        if (in[i] == 0) {
            size_t cnt = in[i + 1];
            memcpy(out + o, in + i + 2, cnt);
            o += cnt; i += 2 + cnt;
        } else {
            size_t off = in[i + 1], len = in[i + 2];
            for (size_t k = 0; k < len; k++, o++) out[o] = out[o - off];   /* may overlap */
            i += 3;
        }
    }
    return o;
}

int main(void) {
    static unsigned char gen[3000];
    for (int i = 0; i < 3000; i++) gen[i] = (unsigned char)("abcabcabd"[i % 9] + (i / 500));
    const char *texts[] = {"", "a", "aaaaaaaaaaaaaaaaaaaabbbbbbbbbbc", "abcdefghijklmnop",
                           "to be or not to be, that is the question; to be or not to be",
                           "xyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxy"};
    int nt = sizeof texts / sizeof texts[0];
    unsigned char *enc = malloc(8000), *dec = malloc(8000);
    for (int t = 0; t <= nt; t++) {
        const unsigned char *in = t < nt ? (const unsigned char *)texts[t] : gen;
        size_t n = t < nt ? strlen(texts[t]) : sizeof gen;
        size_t rl = rle_encode(in, n, enc);
        size_t rd = rle_decode(enc, rl, dec);
        int rok = rd == n && memcmp(in, dec, n) == 0;
        size_t ll = lz_encode(in, n, enc);
        size_t ld = lz_decode(enc, ll, dec);
        int lok = ld == n && memcmp(in, dec, n) == 0;
        printf("input %d: n=%4zu rle=%4zu ok=%d lz=%4zu ok=%d\n", t, n, rl, rok, ll, lok);
    }
    free(enc);
    free(dec);
    return 0;
}

/* EXPECT-STDOUT:
input 0: n=   0 rle=   0 ok=1 lz=   0 ok=1
input 1: n=   1 rle=   2 ok=1 lz=   3 ok=1
input 2: n=  31 rle=   6 ok=1 lz=  15 ok=1
input 3: n=  16 rle=  32 ok=1 lz=  18 ok=1
input 4: n=  60 rle= 120 ok=1 lz=  51 ok=1
input 5: n=  36 rle=  72 ok=1 lz=   7 ok=1
input 6: n=3000 rle=6000 ok=1 lz= 107 ok=1
*/
