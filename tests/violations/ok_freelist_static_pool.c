// A fixed-size block allocator built on a static array: free-list pointers
// point into the middle of a global array.
#include <stddef.h>
#include <stdio.h>

#define BLOCK 32
#define NBLOCKS 8

union block {
    union block *next;
    unsigned char bytes[BLOCK];
};

static union block pool[NBLOCKS];
static union block *free_list;

static void pool_init(void)
{
    for (int i = 0; i < NBLOCKS - 1; i++)
        pool[i].next = &pool[i + 1];
    pool[NBLOCKS - 1].next = NULL;
    free_list = &pool[0];
}

static void *pool_alloc(void)
{
    union block *b = free_list;
    if (b)
        free_list = b->next;
    return b;
}

static void pool_free(void *p)
{
    union block *b = p;
    b->next = free_list;
    free_list = b;
}

int main(void)
{
    pool_init();
    char *a = pool_alloc();
    char *b = pool_alloc();
    char *c = pool_alloc();
    snprintf(a, BLOCK, "block a");
    snprintf(b, BLOCK, "block b");
    snprintf(c, BLOCK, "block c");
    printf("%s %s %s\n", a, b, c);
    printf("%d %d\n", (int)((union block *)b - pool), (int)((union block *)c - pool));
    pool_free(b);
    char *d = pool_alloc();
    printf("reused %d\n", d == b);
    snprintf(d, BLOCK, "block d");
    printf("%s %s\n", a, d);
    int n = 0;
    while (pool_alloc())
        n++;
    printf("remaining %d\n", n);
    return 0;
}
/* EXPECT-STDOUT:
block a block b block c
1 2
reused 1
block a block d
remaining 5
*/
