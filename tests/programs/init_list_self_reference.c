/* Brace initializers that take the address of the variable they initialize
 * (the kernel's LIST_HEAD), next to an item computed by a call. */
#include <stdio.h>
struct node { struct node *next, *prev; int v; };
static struct node *id(struct node *n) { return n; }
int main(void)
{
    struct node a = { &a, &a, 1 };
    struct node b = { id(&a), &b, 2 };
    struct node c[2] = { { &c[1], &c[1], 3 }, { &c[0], c, 4 } };
    printf("%d %d %d %d %d\n", a.next->v, b.next->v, b.prev->v, c[0].next->v, c[1].prev->next->v);
    return 0;
}

/* EXPECT-STDOUT:
1 1 2 4 4
*/
