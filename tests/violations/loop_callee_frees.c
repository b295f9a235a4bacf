// ASAN: detects (AddressSanitizer: heap-use-after-free)
// A function defined in the same file frees the block the loop walks.
#include <stdio.h>
#include <stdlib.h>

static long *cache;

static void drop_cache(void)
{
    free(cache);
}

static long sum(long *p, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++) {
        s += p[i]; // VIOLATION: use-after-free
        if (i == 1)
            drop_cache();
    }
    return s;
}

int main(void)
{
    cache = calloc(4, sizeof *cache);
    printf("start\n");
    long s = sum(cache, 4);
    printf("NOT-REACHED\n");
    return (int)s;
}
/* EXPECT-STDOUT:
start
*/
