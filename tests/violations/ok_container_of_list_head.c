// A kernel-style intrusive doubly linked list: the list_head is embedded in
// the middle of each element and list_entry (container_of) recovers it.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct list_head {
    struct list_head *next, *prev;
};

#define list_entry(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

static void list_init(struct list_head *h)
{
    h->next = h->prev = h;
}

static void list_add_tail(struct list_head *n, struct list_head *h)
{
    n->prev = h->prev;
    n->next = h;
    h->prev->next = n;
    h->prev = n;
}

static void list_del(struct list_head *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

struct task {
    int pid;
    struct list_head node;
    char comm[8];
};

int main(void)
{
    struct list_head head;
    list_init(&head);
    for (int i = 1; i <= 4; i++) {
        struct task *t = malloc(sizeof *t);
        t->pid = 100 + i;
        snprintf(t->comm, sizeof t->comm, "t%d", i);
        list_add_tail(&t->node, &head);
    }
    for (struct list_head *p = head.next; p != &head; p = p->next) {
        struct task *t = list_entry(p, struct task, node);
        printf("%d %s\n", t->pid, t->comm);
    }
    while (head.next != &head) {
        struct list_head *p = head.next;
        list_del(p);
        free(list_entry(p, struct task, node));
    }
    printf("empty %d\n", head.next == &head);
    return 0;
}
/* EXPECT-STDOUT:
101 t1
102 t2
103 t3
104 t4
empty 1
*/
