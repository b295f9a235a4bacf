// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A node's first member is written and read back; its second member is
// read without ever having been written.
#include <stdio.h>
#include <stdlib.h>

struct node { int key; int weight; struct node *next; };

static int score(const struct node *n)
{
    int k = n->key;
    return k * 10 + n->weight; // VIOLATION: uninitialized-read
}

int main(void)
{
    struct node *n = malloc(sizeof *n);
    n->key = 5;
    n->next = NULL;
    printf("key %d\n", n->key);
    printf("%d\n", score(n));
    printf("NOT-REACHED\n");
    free(n);
    return 0;
}
/* EXPECT-STDOUT:
key 5
*/
