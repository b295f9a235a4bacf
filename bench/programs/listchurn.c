// listchurn: doubly linked list churn -- random insertions, removals, short
// walks and periodic full traversals in both directions.
// Measures: pointer chasing with cache misses over a large set of heap nodes.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef TARGET
#define TARGET 150000
#endif
#ifndef OPS
#define OPS 1500000
#endif
#define FULL_EVERY 50000

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

struct node {
    struct node *prev;
    struct node *next;
    uint64_t key;
    size_t idx; /* position in the live[] array */
};

static struct node head; /* sentinel: head.next is first, head.prev is last */
static struct node **live;
static size_t count;
static uint64_t key_sum;

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

static void insert_after(struct node *pos, uint64_t key)
{
    struct node *n = xmalloc(sizeof *n);
    n->key = key;
    n->prev = pos;
    n->next = pos->next;
    pos->next->prev = n;
    pos->next = n;
    n->idx = count;
    live[count++] = n;
    key_sum += key;
}

static void remove_node(struct node *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
    size_t i = n->idx;
    live[i] = live[count - 1];
    live[i]->idx = i;
    count--;
    key_sum -= n->key;
    free(n);
}

/* Full traversal both ways; verifies links, length and key sum. */
static int full_check(uint64_t *checksum)
{
    size_t n = 0;
    uint64_t sum = 0, h = 0;
    for (struct node *p = head.next; p != &head; p = p->next) {
        if (p->next->prev != p)
            return 0;
        sum += p->key;
        h = h * 31 + p->key;
        n++;
    }
    if (n != count || sum != key_sum)
        return 0;
    size_t m = 0;
    uint64_t sum2 = 0;
    for (struct node *p = head.prev; p != &head; p = p->prev) {
        sum2 += p->key;
        m++;
    }
    if (m != count || sum2 != key_sum)
        return 0;
    *checksum = (*checksum ^ h) * 0x100000001B3ull;
    return 1;
}

int main(void)
{
    uint64_t checksum = 0, walk_sum = 0;
    int ok = 1;
    head.next = &head;
    head.prev = &head;
    live = xmalloc(sizeof(struct node *) * (TARGET * 2 + 16));

    for (size_t i = 0; i < TARGET; i++) {
        struct node *pos = count ? live[rnd() % count] : &head;
        insert_after(pos, rnd() & 0xFFFFFFFF);
    }
    ok &= full_check(&checksum);

    for (long op = 0; op < OPS; op++) {
        uint64_t r = rnd();
        unsigned kind = (unsigned)(r % 100);
        unsigned ins = count < TARGET ? 40 : 30;
        if (kind < ins && count < TARGET * 2) {
            struct node *pos = count ? live[(r >> 8) % count] : &head;
            insert_after(pos, rnd() & 0xFFFFFFFF);
        } else if (kind < 70) {
            if (count)
                remove_node(live[(r >> 8) % count]);
        } else {
            if (count) {
                struct node *p = live[(r >> 8) % count];
                unsigned steps = (unsigned)((r >> 40) % 32);
                for (unsigned s = 0; s < steps; s++) {
                    p = (s & 1) ? p->prev : p->next;
                    p = p->next;
                    if (p == &head)
                        p = head.next;
                    if (p == &head)
                        break;
                    walk_sum += p->key;
                }
            }
        }
        if (op % FULL_EVERY == 0)
            ok &= full_check(&checksum);
    }
    ok &= full_check(&checksum);

    while (count)
        remove_node(live[count - 1]);
    ok &= head.next == &head && head.prev == &head && key_sum == 0;
    free(live);

    printf("checksum: %016llx\n", (unsigned long long)(checksum ^ walk_sum));
    return ok ? 0 : 1;
}
