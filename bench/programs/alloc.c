// alloc: allocator stress -- many small mallocs and frees of varying sizes
// (occasionally large), calloc, and vectors/strings grown with realloc;
// every block's contents are verified before it is freed.
// Measures: malloc/free/realloc fast paths, memset/memcpy on fresh blocks.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SLOTS
#define SLOTS 8192
#endif
#ifndef OPS
#define OPS 4500000
#endif
#define VECTORS 64

static uint64_t rng_state = 0xBF58476D1CE4E5B9ull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

struct block {
    unsigned char *p;
    size_t size;
    unsigned char tag;
    int zeroed; /* allocated with calloc and never written */
};

struct vec {
    uint32_t *items;
    size_t len, cap;
};

static size_t pick_size(uint64_t r)
{
    unsigned k = (unsigned)(r % 100);
    if (k < 60)
        return 1 + (size_t)((r >> 8) % 64); /* tiny */
    if (k < 90)
        return 64 + (size_t)((r >> 8) % 448); /* small */
    if (k < 99)
        return 512 + (size_t)((r >> 8) % 3584); /* medium */
    return 4096 + (size_t)((r >> 8) % 60000); /* large */
}

static int verify_block(const struct block *b)
{
    unsigned char want = b->zeroed ? 0 : b->tag;
    /* first, last and a stride through the middle */
    if (b->p[0] != want || b->p[b->size - 1] != want)
        return 0;
    for (size_t i = 0; i < b->size; i += 61)
        if (b->p[i] != want)
            return 0;
    return 1;
}

int main(void)
{
    static struct block blocks[SLOTS];
    static struct vec vecs[VECTORS];
    int ok = 1;
    uint64_t checksum = 0;
    size_t live_bytes = 0, peak_bytes = 0;

    for (long op = 0; op < OPS; op++) {
        uint64_t r = rnd();
        unsigned kind = (unsigned)(r % 16);
        if (kind < 13) {
            /* replace a block */
            struct block *b = &blocks[(r >> 32) % SLOTS];
            if (b->p) {
                ok &= verify_block(b);
                checksum += b->size ^ b->tag;
                live_bytes -= b->size;
                free(b->p);
                b->p = NULL;
            }
            if ((r >> 20) & 1)
                continue; /* leave the slot empty for a while */
            size_t size = pick_size(rnd());
            if (kind == 0) {
                b->p = calloc(size, 1);
                b->zeroed = 1;
                b->tag = 0;
            } else {
                b->p = malloc(size);
                b->zeroed = 0;
                b->tag = (unsigned char)(op & 0xFF);
                if (b->p)
                    memset(b->p, b->tag, size);
            }
            if (!b->p) {
                fprintf(stderr, "out of memory\n");
                return 2;
            }
            b->size = size;
            live_bytes += size;
            if (live_bytes > peak_bytes)
                peak_bytes = live_bytes;
        } else if (kind < 15) {
            /* grow a vector by push_back with geometric realloc */
            struct vec *v = &vecs[(r >> 32) % VECTORS];
            unsigned pushes = 1 + (unsigned)((r >> 40) % 32);
            for (unsigned i = 0; i < pushes; i++) {
                if (v->len == v->cap) {
                    size_t ncap = v->cap ? v->cap * 2 : 4;
                    uint32_t *ni = realloc(v->items, ncap * sizeof(uint32_t));
                    if (!ni) {
                        fprintf(stderr, "out of memory\n");
                        return 2;
                    }
                    v->items = ni;
                    v->cap = ncap;
                }
                v->items[v->len] = (uint32_t)(v->len * 2654435761u);
                v->len++;
            }
            if (v->len > 4096) {
                /* verify, then shrink back with realloc */
                for (size_t i = 0; i < v->len; i++)
                    if (v->items[i] != (uint32_t)(i * 2654435761u))
                        ok = 0;
                checksum += v->len;
                v->len = 16;
                uint32_t *ni = realloc(v->items, 16 * sizeof(uint32_t));
                if (!ni) {
                    fprintf(stderr, "out of memory\n");
                    return 2;
                }
                v->items = ni;
                v->cap = 16;
            }
        } else {
            /* build a string by many small appends (realloc by exact size) */
            char *s = NULL;
            size_t len = 0;
            unsigned parts = 4 + (unsigned)((r >> 32) % 24);
            for (unsigned i = 0; i < parts; i++) {
                size_t add = 1 + (i * 7 + (unsigned)(r >> 50)) % 13;
                char *ns = realloc(s, len + add + 1);
                if (!ns) {
                    free(s);
                    fprintf(stderr, "out of memory\n");
                    return 2;
                }
                s = ns;
                memset(s + len, 'a' + (int)(i % 26), add);
                len += add;
                s[len] = '\0';
            }
            if (strlen(s) != len)
                ok = 0;
            checksum = checksum * 31 + (unsigned char)s[len / 2] + len;
            free(s);
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (blocks[i].p) {
            ok &= verify_block(&blocks[i]);
            free(blocks[i].p);
        }
    }
    for (int i = 0; i < VECTORS; i++) {
        for (size_t k = 0; k < vecs[i].len; k++)
            if (vecs[i].items[k] != (uint32_t)(k * 2654435761u))
                ok = 0;
        checksum += vecs[i].len;
        free(vecs[i].items);
    }
    printf("checksum: %016llx %zu\n", (unsigned long long)checksum, peak_bytes);
    return ok ? 0 : 1;
}
