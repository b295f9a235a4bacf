#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>

struct list_head { struct list_head *next, *prev; };

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name) struct list_head name = LIST_HEAD_INIT(name)
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(head, type, member) list_entry((head)->next, type, member)
#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)
#define list_for_each_entry(pos, head, member) \
    for (pos = list_entry((head)->next, __typeof__(*pos), member); &pos->member != (head); \
         pos = list_entry(pos->member.next, __typeof__(*pos), member))
#define list_for_each_entry_safe(pos, n, head, member) \
    for (pos = list_entry((head)->next, __typeof__(*pos), member), \
         n = list_entry(pos->member.next, __typeof__(*pos), member); \
         &pos->member != (head); pos = n, n = list_entry(n->member.next, __typeof__(*n), member))

static inline void INIT_LIST_HEAD(struct list_head *l) { l->next = l; l->prev = l; }
static inline void __list_add(struct list_head *n, struct list_head *prev, struct list_head *next) {
    next->prev = n; n->next = next; n->prev = prev; prev->next = n;
}
static inline void list_add(struct list_head *n, struct list_head *head) { __list_add(n, head, head->next); }
static inline void list_add_tail(struct list_head *n, struct list_head *head) { __list_add(n, head->prev, head); }
static inline void list_del(struct list_head *e) {
    e->next->prev = e->prev; e->prev->next = e->next; e->next = e->prev = NULL;
}
static inline int list_empty(const struct list_head *h) { return h->next == h; }
static inline void list_move_tail(struct list_head *e, struct list_head *head) {
    e->next->prev = e->prev; e->prev->next = e->next; list_add_tail(e, head);
}

struct task { int pid; int prio; struct list_head node; };

static LIST_HEAD(runqueue);

static void show(const char *tag, struct list_head *head) {
    struct task *t;
    printf("%s:", tag);
    list_for_each_entry(t, head, node) printf(" %d(p%d)", t->pid, t->prio);
    printf("\n");
}

int main(void) {
    for (int i = 1; i <= 6; i++) {
        struct task *t = malloc(sizeof *t);
        t->pid = 100 + i;
        t->prio = i % 3;
        INIT_LIST_HEAD(&t->node);
        if (i % 2) list_add_tail(&t->node, &runqueue); else list_add(&t->node, &runqueue);
    }
    show("runqueue", &runqueue);
    struct list_head *pos;
    int count = 0;
    list_for_each(pos, &runqueue) count++;
    printf("count=%d first=%d\n", count, list_first_entry(&runqueue, struct task, node)->pid);
    LIST_HEAD(low);
    struct task *t, *n;
    list_for_each_entry_safe(t, n, &runqueue, node)
        if (t->prio == 0) list_move_tail(&t->node, &low);
    show("runqueue", &runqueue);
    show("low", &low);
    list_for_each_entry_safe(t, n, &runqueue, node) { list_del(&t->node); free(t); }
    list_for_each_entry_safe(t, n, &low, node) { list_del(&t->node); free(t); }
    printf("empty: %d %d\n", list_empty(&runqueue), list_empty(&low));
    return 0;
}

/* EXPECT-STDOUT:
runqueue: 106(p0) 104(p1) 102(p2) 101(p1) 103(p0) 105(p2)
count=6 first=106
runqueue: 104(p1) 102(p2) 101(p1) 105(p2)
low: 106(p0) 103(p0)
empty: 1 1
*/
