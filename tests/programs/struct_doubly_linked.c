#include <stdio.h>
#include <stdlib.h>

struct dnode { int v; struct dnode *prev, *next; };
struct deque { struct dnode *head, *tail; int size; };

static struct dnode *mk(int v) { struct dnode *n = malloc(sizeof *n); n->v = v; n->prev = n->next = NULL; return n; }
static void push_front(struct deque *d, int v) {
    struct dnode *n = mk(v);
    n->next = d->head;
    if (d->head) d->head->prev = n; else d->tail = n;
    d->head = n; d->size++;
}
static void push_back(struct deque *d, int v) {
    struct dnode *n = mk(v);
    n->prev = d->tail;
    if (d->tail) d->tail->next = n; else d->head = n;
    d->tail = n; d->size++;
}
static int pop_front(struct deque *d) {
    struct dnode *n = d->head;
    int v = n->v;
    d->head = n->next;
    if (d->head) d->head->prev = NULL; else d->tail = NULL;
    free(n); d->size--;
    return v;
}
static int pop_back(struct deque *d) {
    struct dnode *n = d->tail;
    int v = n->v;
    d->tail = n->prev;
    if (d->tail) d->tail->next = NULL; else d->head = NULL;
    free(n); d->size--;
    return v;
}
static void unlink_node(struct deque *d, struct dnode *n) {
    if (n->prev) n->prev->next = n->next; else d->head = n->next;
    if (n->next) n->next->prev = n->prev; else d->tail = n->prev;
    free(n); d->size--;
}
static void show(const struct deque *d) {
    printf("fwd[%d]:", d->size);
    for (struct dnode *n = d->head; n; n = n->next) printf(" %d", n->v);
    printf(" | bwd:");
    for (struct dnode *n = d->tail; n; n = n->prev) printf(" %d", n->v);
    printf("\n");
}

int main(void) {
    struct deque d = {NULL, NULL, 0};
    for (int i = 1; i <= 4; i++) { push_back(&d, i * 10); push_front(&d, -i); }
    show(&d);
    int a = pop_front(&d);
    int b = pop_back(&d);
    printf("popped %d %d\n", a, b);
    show(&d);
    for (struct dnode *n = d.head; n;) {
        struct dnode *nx = n->next;
        if (n->v % 20 == 0 || n->v == -1) unlink_node(&d, n);
        n = nx;
    }
    show(&d);
    while (d.size) printf("drain %d\n", pop_back(&d));
    show(&d);
    return 0;
}

/* EXPECT-STDOUT:
fwd[8]: -4 -3 -2 -1 10 20 30 40 | bwd: 40 30 20 10 -1 -2 -3 -4
popped -4 40
fwd[6]: -3 -2 -1 10 20 30 | bwd: 30 20 10 -1 -2 -3
fwd[4]: -3 -2 10 30 | bwd: 30 10 -2 -3
drain 30
drain 10
drain -2
drain -3
fwd[0]: | bwd:
*/
