// ASAN: misses (the write stays inside the heap block)
// A loop through an unchanged pointer fills a member array one byte too
// far, into the function pointer that follows it in the same struct.  The
// loop's hoisted member window still ends at the array.
#include <stdio.h>
#include <stdlib.h>

struct handler {
    char name[8];
    void (*fn)(void);
};

static void hello(void) { printf("hello\n"); }

static void fill(struct handler *h, const char *src, int n)
{
    for (int i = 0; i < n; i++)
        h->name[i] = src[i]; // VIOLATION: sub-object-overflow
}

int main(void)
{
    struct handler *h = malloc(sizeof *h);
    h->fn = hello;
    printf("start\n");
    fill(h, "ABCDEFGHIJKL", 9);
    printf("NOT-REACHED\n");
    h->fn();
    return 0;
}
/* EXPECT-STDOUT:
start
*/
