// Vectors filled by single stores through a loaded pointer (not a loop over
// the buffer): each push moves the written prefix, and the push that writes
// the last element makes the block whole. The whole block is then read by
// library calls and copied; a second vector is pushed to half, has its
// second half written from the end (a gap, then a map), and is read once
// complete. Every read is of written bytes: no report in any mode.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
    unsigned *items;
    size_t len, cap;
};

static void push(struct vec *v, unsigned x)
{
    v->items[v->len++] = x;
}

static void put_at(struct vec *v, size_t i, unsigned x)
{
    v->items[i] = x;
}

int main(void)
{
    struct vec v = {malloc(50 * sizeof(unsigned)), 0, 50};
    struct vec w = {malloc(33 * sizeof(unsigned)), 0, 33};
    if (!v.items || !w.items)
        return 2;
    for (unsigned i = 0; i < v.cap; i++)
        push(&v, i * 2654435761u);
    unsigned *copy = malloc(v.cap * sizeof(unsigned));
    if (!copy)
        return 2;
    memcpy(copy, v.items, v.cap * sizeof(unsigned));
    unsigned long long s = 0;
    for (size_t i = 0; i < v.cap; i++)
        s = s * 31 + copy[i];
    printf("full %zu %llu %d\n", v.len, s, memcmp(copy, v.items, v.cap * sizeof(unsigned)));

    for (unsigned i = 0; i < 16; i++)
        push(&w, i + 1);
    for (size_t i = w.cap; i-- > 16;)
        put_at(&w, i, (unsigned)(100 + i));
    s = 0;
    for (size_t i = 0; i < w.cap; i++)
        s += w.items[i];
    printf("gap filled %llu\n", s);
    free(copy);
    free(v.items);
    free(w.items);
    return 0;
}
/* EXPECT-STDOUT:
full 50 12872702776187851337 0
gap filled 2244
*/
