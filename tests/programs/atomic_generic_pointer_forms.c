// The generic atomic builtins (__atomic_load, __atomic_store,
// __atomic_exchange, __atomic_compare_exchange) move pointers through
// memory by address, as glib's g_atomic_pointer_get/set do: every pointer
// they load, store, swap or return must keep its capability.
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *next;
    int v;
};

static struct node *head;

static struct node *mk(int v)
{
    struct node *n = malloc(sizeof *n);
    n->next = NULL;
    n->v = v;
    return n;
}

int main(void)
{
    struct node *a = mk(1), *b = mk(2), *c = mk(3);
    __atomic_store(&head, &a, __ATOMIC_RELEASE);
    struct node *got;
    __atomic_load(&head, &got, __ATOMIC_ACQUIRE);
    printf("load: %d\n", got->v);

    struct node *old;
    __atomic_exchange(&head, &b, &old, __ATOMIC_SEQ_CST);
    printf("exchange: old %d, now %d\n", old->v, head->v);

    struct node *expected = b;
    int ok = __atomic_compare_exchange(&head, &expected, &c, 0, __ATOMIC_SEQ_CST,
                                       __ATOMIC_SEQ_CST);
    printf("cas hit: %d, now %d\n", ok, head->v);
    expected = a; /* stale: head is c */
    ok = __atomic_compare_exchange(&head, &expected, &b, 0, __ATOMIC_SEQ_CST,
                                   __ATOMIC_SEQ_CST);
    printf("cas miss: %d, expected now %d\n", ok, expected->v);

    /* a node pushed with the generic forms on a lock-free stack */
    struct node *n = mk(4);
    __atomic_load(&head, &n->next, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange(&head, &n->next, &n, 1, __ATOMIC_RELEASE,
                                      __ATOMIC_RELAXED))
        ;
    int sum = 0;
    for (struct node *p = head; p; p = p->next)
        sum += p->v;
    printf("stack: %d\n", sum);
    free(a);
    free(b);
    free(c);
    free(n);
    return 0;
}
/* EXPECT-STDOUT:
load: 1
exchange: old 1, now 2
cas hit: 1, now 3
cas miss: 0, expected now 3
stack: 7
*/
