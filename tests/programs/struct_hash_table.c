#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char *key; int value; struct entry *next; };
struct table { struct entry **buckets; size_t nbuckets, count; };

static unsigned long hash(const char *s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}
static char *dupstr(const char *s) { size_t n = strlen(s) + 1; char *d = malloc(n); memcpy(d, s, n); return d; }
static void init(struct table *t, size_t n) { t->buckets = calloc(n, sizeof *t->buckets); t->nbuckets = n; t->count = 0; }
static void put(struct table *t, const char *key, int value) {
    size_t b = hash(key) % t->nbuckets;
    for (struct entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { e->value = value; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = dupstr(key); e->value = value; e->next = t->buckets[b];
    t->buckets[b] = e;
    t->count++;
}
static int get(const struct table *t, const char *key, int *out) {
    for (struct entry *e = t->buckets[hash(key) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { *out = e->value; return 1; }
    return 0;
}
static int del(struct table *t, const char *key) {
    struct entry **pp = &t->buckets[hash(key) % t->nbuckets];
    for (; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, key) == 0) {
            struct entry *d = *pp; *pp = d->next;
            free(d->key); free(d); t->count--;
            return 1;
        }
    return 0;
}
static void destroy(struct table *t) {
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) { struct entry *n = e->next; free(e->key); free(e); e = n; }
    }
    free(t->buckets);
}

int main(void) {
    struct table t;
    init(&t, 7);
    const char *text = "the cat and the dog and the bird saw the cat";
    char word[32];
    const char *p = text;
    while (*p) {
        int n = 0;
        while (*p == ' ') p++;
        while (*p && *p != ' ' && n < 31) word[n++] = *p++;
        word[n] = '\0';
        if (n) { int c = 0; get(&t, word, &c); put(&t, word, c + 1); }
    }
    const char *q[] = {"the", "cat", "and", "dog", "bird", "saw", "fish"};
    for (int i = 0; i < 7; i++) {
        int v;
        if (get(&t, q[i], &v)) printf("%s=%d\n", q[i], v); else printf("%s missing\n", q[i]);
    }
    printf("count=%zu\n", t.count);
    int d1 = del(&t, "the");
    int d2 = del(&t, "fish");
    printf("del the=%d del fish=%d count=%zu\n", d1, d2, t.count);
    size_t maxchain = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        size_t len = 0;
        for (struct entry *e = t.buckets[i]; e; e = e->next) len++;
        if (len > maxchain) maxchain = len;
    }
    printf("maxchain=%zu\n", maxchain);
    destroy(&t);
    return 0;
}

/* EXPECT-STDOUT:
the=4
cat=2
and=2
dog=1
bird=1
saw=1
fish missing
count=6
del the=1 del fish=0 count=5
maxchain=1
*/
