#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

/* Separate-chaining hash map with string keys, automatic resize at load 0.75,
   deletion, iteration in insertion-independent (sorted) order for output. */

struct hm_entry { char *key; long value; uint32_t hash; struct hm_entry *next; };
struct hashmap { struct hm_entry **buckets; size_t cap, size; int resizes; };

static uint32_t fnv1a(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 16777619u; }
    return h;
}

static void hm_init(struct hashmap *m) { m->cap = 4; m->size = 0; m->resizes = 0; m->buckets = calloc(m->cap, sizeof *m->buckets); }

static void hm_resize(struct hashmap *m) {
    size_t ncap = m->cap * 2;
    struct hm_entry **nb = calloc(ncap, sizeof *nb);
    for (size_t i = 0; i < m->cap; i++) {
        struct hm_entry *e = m->buckets[i];
        while (e) {
            struct hm_entry *next = e->next;
            size_t idx = e->hash & (ncap - 1);
            e->next = nb[idx];
            nb[idx] = e;
            e = next;
        }
    }
    free(m->buckets);
    m->buckets = nb;
    m->cap = ncap;
    m->resizes++;
}

static long *hm_put(struct hashmap *m, const char *key, long value) {
    uint32_t h = fnv1a(key);
    for (struct hm_entry *e = m->buckets[h & (m->cap - 1)]; e; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0) { e->value = value; return &e->value; }
    if ((m->size + 1) * 4 > m->cap * 3) hm_resize(m);
    struct hm_entry *e = malloc(sizeof *e);
    size_t n = strlen(key) + 1;
    e->key = malloc(n);
    memcpy(e->key, key, n);
    e->value = value;
    e->hash = h;
    size_t idx = h & (m->cap - 1);
    e->next = m->buckets[idx];
    m->buckets[idx] = e;
    m->size++;
    return &e->value;
}

static long *hm_get(const struct hashmap *m, const char *key) {
    uint32_t h = fnv1a(key);
    for (struct hm_entry *e = m->buckets[h & (m->cap - 1)]; e; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0) return &e->value;
    return NULL;
}

static int hm_del(struct hashmap *m, const char *key) {
    uint32_t h = fnv1a(key);
    for (struct hm_entry **pp = &m->buckets[h & (m->cap - 1)]; *pp; pp = &(*pp)->next) {
        struct hm_entry *e = *pp;
        if (e->hash == h && strcmp(e->key, key) == 0) {
            *pp = e->next;
            free(e->key);
            free(e);
            m->size--;
            return 1;
        }
    }
    return 0;
}

static int cmp_entry(const void *a, const void *b) {
    return strcmp((*(struct hm_entry *const *)a)->key, (*(struct hm_entry *const *)b)->key);
}

static void hm_dump(const struct hashmap *m) {
    struct hm_entry **all = malloc(m->size * sizeof *all + 1);
    size_t k = 0;
    for (size_t i = 0; i < m->cap; i++)
        for (struct hm_entry *e = m->buckets[i]; e; e = e->next) all[k++] = e;
    qsort(all, k, sizeof *all, cmp_entry);
    for (size_t i = 0; i < k; i++) printf("%s=%ld%s", all[i]->key, all[i]->value, i + 1 < k ? " " : "\n");
    free(all);
}

static void hm_free(struct hashmap *m) {
    for (size_t i = 0; i < m->cap; i++) {
        struct hm_entry *e = m->buckets[i];
        while (e) { struct hm_entry *n = e->next; free(e->key); free(e); e = n; }
    }
    free(m->buckets);
}

int main(void) {
    struct hashmap m;
    hm_init(&m);
    char key[32];
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "key%03d", i);
        hm_put(&m, key, (long)i * i);
    }
    printf("size=%zu cap=%zu resizes=%d\n", m.size, m.cap, m.resizes);
    long sum = 0;
    for (int i = 0; i < 100; i += 7) {
        snprintf(key, sizeof key, "key%03d", i);
        long *v = hm_get(&m, key);
        sum += v ? *v : -1;
    }
    printf("sum of sampled=%ld\n", sum);
    int deleted = 0;
    for (int i = 0; i < 100; i++) {
        if (i % 3) continue;
        snprintf(key, sizeof key, "key%03d", i);
        deleted += hm_del(&m, key);
    }
    printf("deleted=%d size=%zu missing key000=%d\n", deleted, m.size, hm_get(&m, "key000") == NULL);
    hm_free(&m);
    /* word frequency */
    hm_init(&m);
    const char *text = "it was the best of times it was the worst of times it was the age of wisdom";
    char word[32];
    for (const char *p = text; *p;) {
        while (*p == ' ') p++;
        size_t n = 0;
        while (*p && *p != ' ' && n < sizeof word - 1) word[n++] = *p++;
        word[n] = '\0';
        if (n) { long *v = hm_get(&m, word); if (v) (*v)++; else hm_put(&m, word, 1); }
    }
    hm_dump(&m);
    size_t longest = 0, used = 0;
    for (size_t i = 0; i < m.cap; i++) {
        size_t len = 0;
        for (struct hm_entry *e = m.buckets[i]; e; e = e->next) len++;
        if (len) used++;
        if (len > longest) longest = len;
    }
    printf("cap=%zu used=%zu longest=%zu\n", m.cap, used, longest);
    hm_free(&m);
    return 0;
}

/* EXPECT-STDOUT:
size=100 cap=256 resizes=6
sum of sampled=49735
deleted=34 size=66 missing key000=1
age=1 best=1 it=3 of=3 the=3 times=2 was=3 wisdom=1 worst=1
cap=16 used=8 longest=2
*/
