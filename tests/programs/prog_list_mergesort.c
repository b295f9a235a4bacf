#include <stdio.h>
#include <stdlib.h>

/* Singly linked list merge sort (top-down with split, and bottom-up),
   stability check, and list utilities. */

struct node { int key; int order; struct node *next; };

static struct node *merge(struct node *a, struct node *b) {
    struct node head, *t = &head;
    head.next = NULL;
    while (a && b) {
        if (b->key < a->key) { t->next = b; b = b->next; }
        else { t->next = a; a = a->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}
static struct node *msort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *second = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(second));
}
static struct node *msort_bottom_up(struct node *h) {
    int n = 0;
    for (struct node *p = h; p; p = p->next) n++;
    struct node dummy;
    dummy.next = h;
    for (int width = 1; width < n; width *= 2) {
        struct node *prev = &dummy, *cur = dummy.next;
        while (cur) {
            struct node *left = cur;
            for (int i = 1; i < width && cur->next; i++) cur = cur->next;
            struct node *right = cur->next;
            cur->next = NULL;
            cur = right;
            for (int i = 1; i < width && cur && cur->next; i++) cur = cur->next;
            struct node *rest = NULL;
            if (cur) { rest = cur->next; cur->next = NULL; }
            prev->next = merge(left, right);
            while (prev->next) prev = prev->next;
            cur = rest;
        }
    }
    return dummy.next;
}
static struct node *build(const int *keys, int n) {
    struct node *h = NULL, **tail = &h;
    for (int i = 0; i < n; i++) {
        struct node *nd = malloc(sizeof *nd);
        nd->key = keys[i]; nd->order = i; nd->next = NULL;
        *tail = nd; tail = &nd->next;
    }
    return h;
}
static void print(const char *tag, const struct node *h) {
    printf("%s:", tag);
    for (; h; h = h->next) printf(" %d.%d", h->key, h->order);
    printf("\n");
}
static int check(const struct node *h, int n) {
    int count = 0;
    for (const struct node *p = h; p; p = p->next) {
        count++;
        if (p->next && (p->key > p->next->key || (p->key == p->next->key && p->order > p->next->order))) return 0;
    }
    return count == n;
}
static void free_list(struct node *h) { while (h) { struct node *n = h->next; free(h); h = n; } }

int main(void) {
    int keys[] = {5, 3, 9, 3, 1, 5, 8, 2, 9, 0, 3};
    int n = sizeof keys / sizeof keys[0];
    struct node *a = msort(build(keys, n));
    print("top-down ", a);
    struct node *b = msort_bottom_up(build(keys, n));
    print("bottom-up", b);
    printf("stable: %d %d\n", check(a, n), check(b, n));
    free_list(a);
    free_list(b);
    int big[2000];
    unsigned s = 99;
    for (int i = 0; i < 2000; i++) { s = s * 69069u + 1u; big[i] = (int)(s >> 20) % 100; }
    struct node *c = msort(build(big, 2000));
    struct node *d = msort_bottom_up(build(big, 2000));
    printf("big stable: %d %d first=%d last=%d\n", check(c, 2000), check(d, 2000), c->key, d->key);
    long sum = 0;
    for (struct node *p = c; p; p = p->next) sum += p->key;
    printf("sum=%ld\n", sum);
    free_list(c);
    free_list(d);
    print("empty", msort(NULL));
    return 0;
}

/* EXPECT-STDOUT:
top-down : 0.9 1.4 2.7 3.1 3.3 3.10 5.0 5.5 8.6 9.2 9.8
bottom-up: 0.9 1.4 2.7 3.1 3.3 3.10 5.0 5.5 8.6 9.2 9.8
stable: 1 1
big stable: 1 1 first=0 last=0
sum=97680
empty:
*/
