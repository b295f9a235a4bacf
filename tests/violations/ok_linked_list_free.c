// A singly linked list built on the heap and freed node by node correctly
// (next is saved before the node is freed).
#include <stdio.h>
#include <stdlib.h>

struct node {
    int v;
    struct node *next;
};

static struct node *push(struct node *head, int v)
{
    struct node *n = malloc(sizeof *n);
    n->v = v;
    n->next = head;
    return n;
}

static struct node *reverse(struct node *h)
{
    struct node *prev = NULL;
    while (h) {
        struct node *next = h->next;
        h->next = prev;
        prev = h;
        h = next;
    }
    return prev;
}

int main(void)
{
    struct node *head = NULL;
    for (int i = 1; i <= 5; i++)
        head = push(head, i * i);
    head = reverse(head);
    for (struct node *p = head; p; p = p->next)
        printf("%d ", p->v);
    printf("\n");
    /* remove the even values */
    struct node **pp = &head;
    while (*pp) {
        if ((*pp)->v % 2 == 0) {
            struct node *dead = *pp;
            *pp = dead->next;
            free(dead);
        } else {
            pp = &(*pp)->next;
        }
    }
    int count = 0;
    struct node *p = head;
    while (p) {
        struct node *next = p->next;
        printf("free %d\n", p->v);
        free(p);
        p = next;
        count++;
    }
    printf("freed %d\n", count);
    return 0;
}
/* EXPECT-STDOUT:
1 4 9 16 25 
free 1
free 9
free 25
freed 3
*/
