// ASAN: misses (no report)
// A list node from malloc never gets its next pointer set; following it is
// an uninitialized read of the pointer itself.
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

int main(void)
{
    struct node *n = malloc(sizeof *n);
    n->v = 3;
    printf("start %d\n", n->v);
    struct node *m = n->next; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%p\n", (void *)m);
    free(n);
    return 0;
}
/* EXPECT-STDOUT:
start 3
*/
