// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A constructor writes every member but one on one branch only: the block
// is not wholly written on every path, so it stays tracked and the read of
// the member the short branch skipped is reported.
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *next;
    long key;
    long weight;
};

static struct node *make(long key, int light)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        exit(2);
    n->next = NULL;
    n->key = key;
    if (!light)
        n->weight = key * 10;
    return n;
}

int main(int argc, char **argv)
{
    (void)argv;
    struct node *a = make(3, 0);
    struct node *b = make(4, argc > 0);
    printf("a %ld %ld\n", a->key, a->weight);
    printf("b %ld\n", b->key);
    printf("b weight %ld\n", b->weight); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
a 3 30
b 4
*/
