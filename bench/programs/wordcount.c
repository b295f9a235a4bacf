// wordcount: generate a text of words with a skewed (Zipf-like) frequency,
// split it into words (lower-casing, skipping punctuation) and count them in
// a chained hash map with string keys; verified against the generator's counts.
// Measures: byte-wise string scanning, hashing, strcmp, small heap nodes.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef VOCAB
#define VOCAB 20000
#endif
#ifndef WORDS
#define WORDS 1500000
#endif
#ifndef PASSES
#define PASSES 3
#endif
#define BUCKETS 4096 /* deliberately small: chains of several nodes */

static uint64_t rng_state = 0x0123456789ABCDEFull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static const char *const syllables[32] = {
    "ka", "to", "mi", "re", "su", "na", "lo", "pe", "di", "ga", "ho", "ju",
    "be", "fa", "ri", "zo", "ne", "ta", "vi", "ku", "sa", "mo", "le", "po",
    "xi", "we", "da", "yo", "ce", "bu", "ti", "ra",
};

/* Word number id spelled in base-32 syllables: distinct ids give distinct words. */
static size_t spell(unsigned id, char *out)
{
    char digits[8];
    int nd = 0;
    do {
        digits[nd++] = (char)(id % 32);
        id /= 32;
    } while (id);
    size_t len = 0;
    for (int i = nd - 1; i >= 0; i--) {
        out[len++] = syllables[(int)digits[i]][0];
        out[len++] = syllables[(int)digits[i]][1];
    }
    out[len] = '\0';
    return len;
}

struct entry {
    struct entry *next;
    uint32_t hash;
    long count;
    char word[]; /* NUL-terminated */
};

static struct entry *buckets[BUCKETS];
static long distinct;

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void count_word(const char *w, size_t n)
{
    uint32_t h = fnv1a(w, n);
    struct entry **slot = &buckets[h % BUCKETS];
    for (struct entry *e = *slot; e; e = e->next) {
        if (e->hash == h && strcmp(e->word, w) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = malloc(sizeof *e + n + 1);
    if (!e) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    e->hash = h;
    e->count = 1;
    memcpy(e->word, w, n + 1);
    e->next = *slot;
    *slot = e;
    distinct++;
}

static long lookup(const char *w)
{
    size_t n = strlen(w);
    uint32_t h = fnv1a(w, n);
    for (struct entry *e = buckets[h % BUCKETS]; e; e = e->next)
        if (e->hash == h && strcmp(e->word, w) == 0)
            return e->count;
    return 0;
}

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char to_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static void tokenize(const char *text)
{
    char word[64];
    const char *p = text;
    while (*p) {
        while (*p && !is_letter(*p))
            p++;
        size_t n = 0;
        while (is_letter(*p)) {
            if (n < sizeof word - 1)
                word[n++] = to_lower(*p);
            p++;
        }
        if (n) {
            word[n] = '\0';
            count_word(word, n);
        }
    }
}

int main(void)
{
    static long truth[VOCAB];
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    if (!text) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    static const char *const seps[] = { " ", " ", " ", ", ", ". ", "; ", "\n", " - ", "! " };
    int capitalize = 1;
    for (long i = 0; i < WORDS; i++) {
        uint64_t r = rnd();
        unsigned id = (unsigned)(((r % VOCAB) * ((r >> 20) % VOCAB)) / VOCAB);
        truth[id]++;
        char w[32];
        size_t n = spell(id, w);
        const char *sep = seps[(r >> 40) % (sizeof seps / sizeof seps[0])];
        size_t sn = strlen(sep);
        while (len + n + sn + 1 > cap) {
            cap *= 2;
            char *bigger = realloc(text, cap);
            if (!bigger) {
                fprintf(stderr, "out of memory\n");
                return 2;
            }
            text = bigger;
        }
        memcpy(text + len, w, n);
        if (capitalize)
            text[len] = (char)(text[len] - 'a' + 'A');
        len += n;
        memcpy(text + len, sep, sn);
        len += sn;
        capitalize = sep[0] == '.' || sep[0] == '!';
    }
    text[len] = '\0';

    for (int pass = 0; pass < PASSES; pass++)
        tokenize(text);

    int ok = 1;
    long expected_distinct = 0;
    uint64_t checksum = 0;
    for (unsigned id = 0; id < VOCAB; id++) {
        char w[32];
        spell(id, w);
        long c = lookup(w);
        if (c != truth[id] * PASSES)
            ok = 0;
        expected_distinct += truth[id] != 0;
        checksum = checksum * 1000003u + (uint64_t)c;
    }
    if (distinct != expected_distinct)
        ok = 0;

    for (int b = 0; b < BUCKETS; b++) {
        struct entry *e = buckets[b];
        while (e) {
            struct entry *next = e->next;
            free(e);
            e = next;
        }
    }
    free(text);
    printf("checksum: %016llx %ld %zu\n", (unsigned long long)checksum, distinct, len);
    return ok ? 0 : 1;
}
