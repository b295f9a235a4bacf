/* GNU __atomic/__sync builtins and C11 <stdatomic.h> on integers and on
 * pointer slots (a lock-free stack published with compare-exchange): the
 * pointers they store and return keep their capabilities. */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

static struct node *head;             /* GNU builtins */
static _Atomic(struct node *) chead;  /* C11 */

static void push(struct node *n) {
    struct node *old = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
    do {
        n->next = old;
    } while (!__atomic_compare_exchange_n(&head, &old, n, 1, __ATOMIC_RELEASE, __ATOMIC_ACQUIRE));
}

static struct node *pop(void) {
    struct node *old = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
    while (old && !__atomic_compare_exchange_n(&head, &old, old->next, 0, __ATOMIC_ACQ_REL,
                                               __ATOMIC_ACQUIRE))
        ;
    return old;
}

static void cpush(struct node *n) {
    struct node *old = atomic_load(&chead);
    do {
        n->next = old;
    } while (!atomic_compare_exchange_weak(&chead, &old, n));
}

int main(void) {
    long counter = 0;
    for (int i = 0; i < 10; i++)
        __atomic_fetch_add(&counter, i, __ATOMIC_RELAXED);
    long prev = __atomic_exchange_n(&counter, 100, __ATOMIC_SEQ_CST);
    __atomic_store_n(&counter, __atomic_load_n(&counter, __ATOMIC_SEQ_CST) + 1, __ATOMIC_SEQ_CST);
    int flags = 0;
    __atomic_or_fetch(&flags, 6, __ATOMIC_SEQ_CST);
    __atomic_and_fetch(&flags, 3, __ATOMIC_SEQ_CST);
    printf("counter %ld prev %ld flags %d\n", counter, prev, flags);

    for (int i = 1; i <= 3; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i;
        push(n);
    }
    struct node *spare = malloc(sizeof *spare);
    spare->v = 9;
    spare->next = NULL;
    struct node *was = __atomic_exchange_n(&head->next->next, spare, __ATOMIC_SEQ_CST);
    printf("swapped out %d\n", was->v);
    free(was);
    for (struct node *n; (n = pop()) != NULL;) {
        printf("pop %d\n", n->v);
        if (n != spare)
            free(n);
    }

    struct node *sp = __sync_val_compare_and_swap(&head, NULL, spare);
    printf("sync cas old %p now %d\n", (void *)sp, head->v);
    head = NULL;
    __sync_lock_test_and_set(&head, spare);
    printf("sync tas %d\n", head->v);

    atomic_int ai = ATOMIC_VAR_INIT(5);
    atomic_fetch_add(&ai, 10);
    atomic_fetch_sub_explicit(&ai, 3, memory_order_relaxed);
    int expected = 12;
    int ok = atomic_compare_exchange_strong(&ai, &expected, 40);
    atomic_ulong ul;
    atomic_init(&ul, 7ul);
    atomic_store(&ul, atomic_load(&ul) * 6);
    atomic_flag f = ATOMIC_FLAG_INIT;
    int t1 = atomic_flag_test_and_set(&f), t2 = atomic_flag_test_and_set(&f);
    atomic_flag_clear(&f);
    atomic_thread_fence(memory_order_seq_cst);
    printf("c11 %d ok %d ul %lu flag %d %d lockfree %d\n", atomic_load(&ai), ok,
           (unsigned long)atomic_load_explicit(&ul, memory_order_acquire), t1, t2,
           (int)atomic_is_lock_free(&ai));

    for (int i = 4; i <= 5; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i;
        cpush(n);
    }
    struct node *top = atomic_exchange(&chead, NULL);
    while (top) {
        struct node *nx = top->next;
        printf("c11 pop %d\n", top->v);
        free(top);
        top = nx;
    }
    free(spare);
    return 0;
}

/* EXPECT-STDOUT:
counter 101 prev 45 flags 2
swapped out 1
pop 3
pop 2
pop 9
sync cas old (nil) now 9
sync tas 9
c11 40 ok 1 ul 42 flag 0 1 lockfree 1
c11 pop 5
c11 pop 4
*/
