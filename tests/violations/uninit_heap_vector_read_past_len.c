// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A 256-byte vector is pushed onto from its start (its written prefix grows
// with each push); element 40, one past the last pushed, is then read.
#include <stdio.h>
#include <stdlib.h>

struct vec {
    int *items;
    size_t len, cap;
};

static void push(struct vec *v, int x)
{
    v->items[v->len++] = x;
}

int main(void)
{
    struct vec v = {malloc(64 * sizeof(int)), 0, 64};
    if (!v.items)
        return 2;
    for (int i = 0; i < 40; i++)
        push(&v, i * 3);
    long s = 0;
    for (size_t i = 0; i < v.len; i++)
        s += v.items[i];
    printf("start %ld\n", s);
    s += v.items[v.len]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%ld\n", s);
    free(v.items);
    return 0;
}
/* EXPECT-STDOUT:
start 2340
*/
