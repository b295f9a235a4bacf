// strsearch: count all (overlapping) occurrences of many patterns in a
// generated low-entropy text with three algorithms -- naive, Knuth-Morris-Pratt
// and Boyer-Moore-Horspool -- and check that they agree.
// Measures: byte-array scanning with data-dependent branches and skip tables.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TEXT_LEN
#define TEXT_LEN (1 << 20)
#endif
#ifndef PATTERNS
#define PATTERNS 24
#endif
#define MAX_PAT 64

static uint64_t rng_state = 0x5851F42D4C957F2Dull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

struct result {
    long count;
    uint64_t poshash;
};

static void record(struct result *r, long pos)
{
    r->count++;
    r->poshash = r->poshash * 0x100000001B3ull + (uint64_t)pos;
}

static struct result search_naive(const char *t, long n, const char *p, long m)
{
    struct result r = { 0, 0 };
    for (long i = 0; i + m <= n; i++) {
        long j = 0;
        while (j < m && t[i + j] == p[j])
            j++;
        if (j == m)
            record(&r, i);
    }
    return r;
}

static struct result search_kmp(const char *t, long n, const char *p, long m)
{
    struct result r = { 0, 0 };
    long fail[MAX_PAT + 1];
    fail[0] = -1;
    for (long i = 0, k = -1; i < m; i++) {
        while (k >= 0 && p[k] != p[i])
            k = fail[k];
        k++;
        fail[i + 1] = k;
    }
    long k = 0;
    for (long i = 0; i < n; i++) {
        while (k >= 0 && p[k] != t[i])
            k = fail[k];
        k++;
        if (k == m) {
            record(&r, i - m + 1);
            k = fail[m];
        }
    }
    return r;
}

static struct result search_bmh(const char *t, long n, const char *p, long m)
{
    struct result r = { 0, 0 };
    long shift[256];
    for (int c = 0; c < 256; c++)
        shift[c] = m;
    for (long i = 0; i < m - 1; i++)
        shift[(unsigned char)p[i]] = m - 1 - i;
    long i = 0;
    while (i + m <= n) {
        unsigned char last = (unsigned char)t[i + m - 1];
        if ((unsigned char)p[m - 1] == last && memcmp(t + i, p, (size_t)(m - 1)) == 0)
            record(&r, i);
        i += shift[last];
    }
    return r;
}

int main(void)
{
    char *text = malloc(TEXT_LEN + 1);
    if (!text) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    /* a 4-letter alphabet with repeated motifs: many partial matches */
    static const char motif[] = "acgtacgaacgtttgcaacg";
    for (long i = 0; i < TEXT_LEN; i++) {
        uint64_t r = rnd();
        if (r % 4 == 0)
            text[i] = motif[i % (sizeof motif - 1)];
        else
            text[i] = "acgt"[(r >> 8) % 4];
    }
    text[TEXT_LEN] = '\0';

    int ok = 1;
    uint64_t checksum = 0;
    long total = 0;
    for (int k = 0; k < PATTERNS; k++) {
        char pat[MAX_PAT + 1];
        long m = 2 + (long)(rnd() % (MAX_PAT - 1)); /* 2..MAX_PAT */
        if (k % 3 == 0) {
            /* taken from the text: at least one match */
            long at = (long)(rnd() % (uint64_t)(TEXT_LEN - m));
            memcpy(pat, text + at, (size_t)m);
        } else if (k % 3 == 1) {
            for (long j = 0; j < m; j++)
                pat[j] = motif[j % (sizeof motif - 1)];
        } else {
            for (long j = 0; j < m; j++)
                pat[j] = "acgt"[rnd() % 4];
        }
        pat[m] = '\0';
        if (k % 4 == 3)
            m = m < 6 ? m : 6; /* short patterns: many matches */
        struct result a = search_naive(text, TEXT_LEN, pat, m);
        struct result b = search_kmp(text, TEXT_LEN, pat, m);
        struct result c = search_bmh(text, TEXT_LEN, pat, m);
        if (a.count != b.count || a.count != c.count || a.poshash != b.poshash || a.poshash != c.poshash)
            ok = 0;
        if (k % 3 == 0 && a.count < 1)
            ok = 0;
        total += a.count;
        checksum = checksum * 31 + a.poshash;
    }
    free(text);
    printf("checksum: %016llx %ld\n", (unsigned long long)checksum, total);
    return ok ? 0 : 1;
}
