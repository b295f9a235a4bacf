// hashtable: open-addressing hash table (linear probing, tombstones, growth
// and rehash) with owned string keys; random insert/update/lookup/delete,
// every result checked against a shadow array indexed by key number.
// Measures: string hashing and compares, probe loops over an array of structs,
// small key allocations.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef KEYS
#define KEYS 60000
#endif
#ifndef OPS
#define OPS 2400000
#endif

static uint64_t rng_state = 0x94D049BB133111EBull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

enum slot_state { EMPTY = 0, FULL, DELETED };

struct slot {
    char *key;
    uint64_t hash;
    long value;
    enum slot_state state;
};

struct table {
    struct slot *slots;
    size_t cap;  /* power of two */
    size_t live; /* FULL slots */
    size_t used; /* FULL + DELETED slots */
};

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 0xCBF29CE484222325ull;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 0x100000001B3ull;
    }
    return h ^ (h >> 29);
}

/* Returns the slot holding key, or NULL. */
static struct slot *find(struct table *t, const char *key, uint64_t h)
{
    size_t mask = t->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct slot *s = &t->slots[i];
        if (s->state == EMPTY)
            return NULL;
        if (s->state == FULL && s->hash == h && strcmp(s->key, key) == 0)
            return s;
    }
}

static void rehash(struct table *t, size_t new_cap)
{
    struct slot *old = t->slots;
    size_t old_cap = t->cap;
    t->slots = xcalloc(new_cap, sizeof(struct slot));
    t->cap = new_cap;
    t->used = t->live;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].state != FULL)
            continue;
        size_t j = old[i].hash & (new_cap - 1);
        while (t->slots[j].state != EMPTY)
            j = (j + 1) & (new_cap - 1);
        t->slots[j] = old[i];
    }
    free(old);
}

/* Returns 1 if a new key was added, 0 if an existing one was updated. */
static int put(struct table *t, const char *key, long value)
{
    uint64_t h = hash_str(key);
    struct slot *s = find(t, key, h);
    if (s) {
        s->value = value;
        return 0;
    }
    if ((t->used + 1) * 10 > t->cap * 7)
        rehash(t, t->live * 10 > t->cap * 3 ? t->cap * 2 : t->cap);
    size_t mask = t->cap - 1;
    size_t i = h & mask;
    while (t->slots[i].state == FULL)
        i = (i + 1) & mask;
    s = &t->slots[i];
    if (s->state == EMPTY)
        t->used++;
    size_t len = strlen(key);
    s->key = malloc(len + 1);
    if (!s->key) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    memcpy(s->key, key, len + 1);
    s->hash = h;
    s->value = value;
    s->state = FULL;
    t->live++;
    return 1;
}

static int del(struct table *t, const char *key)
{
    struct slot *s = find(t, key, hash_str(key));
    if (!s)
        return 0;
    free(s->key);
    s->key = NULL;
    s->state = DELETED;
    t->live--;
    return 1;
}

static void make_key(unsigned id, char *out)
{
    /* deterministic, variable length, shares prefixes between keys */
    static const char *const prefixes[] = { "user:", "session/", "k", "config.option.", "x" };
    const char *pre = prefixes[id % 5];
    size_t n = strlen(pre);
    memcpy(out, pre, n);
    unsigned v = id * 2654435761u;
    do {
        out[n++] = (char)('a' + v % 26);
        v /= 26;
    } while (v);
    out[n++] = '#';
    unsigned w = id;
    do {
        out[n++] = (char)('0' + w % 10);
        w /= 10;
    } while (w);
    out[n] = '\0';
}

int main(void)
{
    char **keys = xcalloc(KEYS, sizeof(char *));
    for (unsigned i = 0; i < KEYS; i++) {
        char buf[64];
        make_key(i, buf);
        keys[i] = malloc(strlen(buf) + 1);
        if (!keys[i]) {
            fprintf(stderr, "out of memory\n");
            return 2;
        }
        strcpy(keys[i], buf);
    }
    long *shadow = xcalloc(KEYS, sizeof(long)); /* value, or -1 if absent */
    for (unsigned i = 0; i < KEYS; i++)
        shadow[i] = -1;

    struct table t = { xcalloc(16, sizeof(struct slot)), 16, 0, 0 };
    int ok = 1;
    uint64_t checksum = 0;
    for (long op = 0; op < OPS; op++) {
        uint64_t r = rnd();
        /* skew: low key numbers are hot */
        unsigned id = (unsigned)((r >> 8) % KEYS);
        if (r & 0x10000)
            id %= KEYS / 8;
        unsigned kind = (unsigned)(r % 10);
        if (kind < 3) {
            long v = (long)(r >> 40);
            int added = put(&t, keys[id], v);
            if (added != (shadow[id] < 0))
                ok = 0;
            shadow[id] = v;
        } else if (kind < 5) {
            int removed = del(&t, keys[id]);
            if (removed != (shadow[id] >= 0))
                ok = 0;
            shadow[id] = -1;
        } else {
            const char *k = keys[id];
            struct slot *s = find(&t, k, hash_str(k));
            long got = s ? s->value : -1;
            if (got != shadow[id])
                ok = 0;
            checksum = checksum * 31 + (uint64_t)(got + 1);
        }
    }
    size_t expected_live = 0;
    for (unsigned i = 0; i < KEYS; i++)
        expected_live += shadow[i] >= 0;
    if (expected_live != t.live)
        ok = 0;

    for (size_t i = 0; i < t.cap; i++)
        if (t.slots[i].state == FULL)
            free(t.slots[i].key);
    free(t.slots);
    for (unsigned i = 0; i < KEYS; i++)
        free(keys[i]);
    free(keys);
    free(shadow);
    printf("checksum: %016llx %zu\n", (unsigned long long)checksum, t.live);
    return ok ? 0 : 1;
}
