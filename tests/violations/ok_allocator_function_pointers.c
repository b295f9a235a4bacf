// Allocation functions stored in function pointers (expat's
// XML_Memory_Handling_Suite: {malloc, realloc, free} or the program's own).
// Blocks allocated and freed through the pointers must get and end their
// records as with direct calls: a block freed through `release = free` and
// handed out again by `alloc = malloc` is the new block, not the old one.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mem {
    void *(*alloc)(size_t);
    void *(*grow)(void *, size_t);
    void (*release)(void *);
};

static long counted;

static void *counting_alloc(size_t n)
{
    counted++;
    return malloc(n);
}

static long churn(const struct mem *m, size_t size, int rounds, int fill)
{
    long sum = 0;
    for (int i = 0; i < rounds; i++) {
        unsigned char *p = m->alloc(size);
        if (!p)
            return -1;
        memset(p, fill, size);
        p = m->grow(p, size * 2);
        if (!p)
            return -1;
        memset(p + size, fill + 1, size);
        sum += p[0] + p[2 * size - 1];
        m->release(p);
    }
    return sum;
}

int main(void)
{
    struct mem own = {counting_alloc, realloc, free};
    struct mem libc = {malloc, realloc, free};
    char *(*dup)(const char *) = strdup;
    long a = churn(&own, 25, 3000, 1);
    long b = churn(&libc, 40, 3000, 5);
    char *s = dup("through a pointer");
    printf("%ld %ld %ld %s %d\n", a, b, counted, s, libc.alloc == malloc);
    libc.release(s);
    return 0;
}
/* EXPECT-STDOUT:
9000 33000 3000 through a pointer 1
*/
