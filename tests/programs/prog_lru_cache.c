#include <stdio.h>
#include <stdlib.h>

/* LRU cache: open-addressing-free chained hash index + intrusive doubly
   linked recency list; simulates a page-reference trace and reports hits. */

struct entry { int key; int value; struct entry *prev, *next, *hnext; };
struct lru { int cap, size, nbuckets; struct entry **buckets; struct entry head; long hits, misses, evictions; };

static void list_remove(struct entry *e) { e->prev->next = e->next; e->next->prev = e->prev; }
static void list_push_front(struct lru *c, struct entry *e) {
    e->next = c->head.next; e->prev = &c->head;
    c->head.next->prev = e; c->head.next = e;
}
static struct entry **bucket(struct lru *c, int key) { return &c->buckets[(unsigned)key * 2654435761u % (unsigned)c->nbuckets]; }
static struct entry *find(struct lru *c, int key) {
    for (struct entry *e = *bucket(c, key); e; e = e->hnext) if (e->key == key) return e;
    return NULL;
}
static void unhash(struct lru *c, struct entry *victim) {
    for (struct entry **pp = bucket(c, victim->key); *pp; pp = &(*pp)->hnext)
        if (*pp == victim) { *pp = victim->hnext; return; }
}
static void lru_init(struct lru *c, int cap) {
    c->cap = cap; c->size = 0; c->nbuckets = cap * 2 + 1;
    c->buckets = calloc((size_t)c->nbuckets, sizeof *c->buckets);
    c->head.next = c->head.prev = &c->head;
    c->hits = c->misses = c->evictions = 0;
}
static int lru_get(struct lru *c, int key, int *out) {
    struct entry *e = find(c, key);
    if (!e) { c->misses++; return 0; }
    c->hits++;
    list_remove(e);
    list_push_front(c, e);
    *out = e->value;
    return 1;
}
static void lru_put(struct lru *c, int key, int value) {
    struct entry *e = find(c, key);
    if (e) { e->value = value; list_remove(e); list_push_front(c, e); return; }
    if (c->size == c->cap) {
        struct entry *victim = c->head.prev;
        list_remove(victim);
        unhash(c, victim);
        free(victim);
        c->size--;
        c->evictions++;
    }
    e = malloc(sizeof *e);
    e->key = key; e->value = value;
    struct entry **b = bucket(c, key);
    e->hnext = *b; *b = e;
    list_push_front(c, e);
    c->size++;
}
static void lru_dump(const struct lru *c) {
    printf("MRU->LRU:");
    for (const struct entry *e = c->head.next; e != &c->head; e = e->next) printf(" %d=%d", e->key, e->value);
    printf("\n");
}
static void lru_free(struct lru *c) {
    struct entry *e = c->head.next;
    while (e != &c->head) { struct entry *n = e->next; free(e); e = n; }
    free(c->buckets);
}

int main(void) {
    struct lru c;
    lru_init(&c, 3);
    int v;
    lru_put(&c, 1, 100); lru_put(&c, 2, 200); lru_put(&c, 3, 300);
    lru_dump(&c);
    printf("get 1 -> %d\n", lru_get(&c, 1, &v) ? v : -1);
    lru_put(&c, 4, 400);
    lru_dump(&c);
    printf("get 2 -> %d\n", lru_get(&c, 2, &v) ? v : -1);
    lru_put(&c, 3, 333);
    lru_dump(&c);
    lru_free(&c);
    for (int cap = 2; cap <= 10; cap += 4) {
        lru_init(&c, cap);
        unsigned s = 1;
        for (int i = 0; i < 2000; i++) {
            s = s * 1103515245u + 12345u;
            int page = (int)((s >> 16) % 16);
            if (i % 3 == 0) page %= 4;          /* hot set */
            if (!lru_get(&c, page, &v)) lru_put(&c, page, page * page);
        }
        printf("cap=%2d hits=%ld misses=%ld evictions=%ld size=%d\n", cap, c.hits, c.misses, c.evictions, c.size);
        lru_free(&c);
    }
    return 0;
}

/* EXPECT-STDOUT:
MRU->LRU: 3=300 2=200 1=100
get 1 -> 100
MRU->LRU: 4=400 1=100 3=300
get 2 -> -1
MRU->LRU: 3=333 4=400 1=100
cap= 2 hits=243 misses=1757 evictions=1755 size=2
cap= 6 hits=902 misses=1098 evictions=1092 size=6
cap=10 hits=1442 misses=558 evictions=548 size=10
*/
