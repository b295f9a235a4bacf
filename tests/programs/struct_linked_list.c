#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

static struct node *cons(int v, struct node *next) {
    struct node *n = malloc(sizeof *n);
    n->v = v; n->next = next;
    return n;
}
static void print(const char *tag, const struct node *n) {
    printf("%s:", tag);
    for (; n; n = n->next) printf(" %d", n->v);
    printf("\n");
}
static struct node *reverse(struct node *n) {
    struct node *prev = NULL;
    while (n) { struct node *nx = n->next; n->next = prev; prev = n; n = nx; }
    return prev;
}
static struct node *append(struct node *a, struct node *b) {
    if (!a) return b;
    struct node *t = a;
    while (t->next) t = t->next;
    t->next = b;
    return a;
}
static int length(const struct node *n) { int k = 0; for (; n; n = n->next) k++; return k; }
static struct node *nth(struct node *n, int i) { while (n && i--) n = n->next; return n; }
static struct node *insert_sorted(struct node *head, int v) {
    struct node **pp = &head;
    while (*pp && (*pp)->v < v) pp = &(*pp)->next;
    *pp = cons(v, *pp);
    return head;
}
static void free_list(struct node *n) { while (n) { struct node *nx = n->next; free(n); n = nx; } }
static int has_cycle(const struct node *n) {
    const struct node *slow = n, *fast = n;
    while (fast && fast->next) {
        slow = slow->next; fast = fast->next->next;
        if (slow == fast) return 1;
    }
    return 0;
}

int main(void) {
    struct node *a = NULL;
    for (int i = 5; i >= 1; i--) a = cons(i * 10, a);
    print("a", a);
    a = reverse(a);
    print("rev", a);
    struct node *b = cons(1, cons(2, cons(3, NULL)));
    a = append(a, b);
    print("append", a);
    printf("len=%d nth(6)=%d\n", length(a), nth(a, 6)->v);
    struct node *s = NULL;
    int vals[] = {42, 7, 19, 7, 100, -3, 55};
    for (int i = 0; i < 7; i++) s = insert_sorted(s, vals[i]);
    print("sorted", s);
    printf("cycle? %d\n", has_cycle(s));
    struct node *last = nth(s, length(s) - 1);
    last->next = nth(s, 2);
    printf("cycle after link? %d\n", has_cycle(s));
    last->next = NULL;
    free_list(a);
    free_list(s);
    printf("done\n");
    return 0;
}

/* EXPECT-STDOUT:
a: 10 20 30 40 50
rev: 50 40 30 20 10
append: 50 40 30 20 10 1 2 3
len=8 nth(6)=2
sorted: -3 7 7 19 42 55 100
cycle? 0
cycle after link? 1
done
*/
