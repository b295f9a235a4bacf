#include <stdio.h>

static int data[8] = {0, 10, 20, 30, 40, 50, 60, 70};
static int *mid = &data[4];
static int *end = data + 8;
static const char msg[] = "static init";
static const char *msg_tail = msg + 7;
struct node { int v; struct node *next; };
static struct node n3 = {3, NULL};
static struct node n2 = {2, &n3};
static struct node n1 = {1, &n2};
static struct node *head = &n1;
static struct node ring_a, ring_b;
static struct node ring_a = {100, &ring_b};
static struct node ring_b = {200, &ring_a};
struct pair { int *first; int **pp; };
static struct pair pr = {&data[1], &mid};
static char *strs[] = {(char *)msg, (char *)msg + 1, NULL};
static long addr_diff_known = sizeof(data) / sizeof(data[0]);

int main(void) {
    printf("*mid=%d end-mid=%td\n", *mid, end - mid);
    printf("msg_tail=%s\n", msg_tail);
    for (struct node *n = head; n; n = n->next) printf("node %d\n", n->v);
    struct node *r = &ring_a;
    for (int i = 0; i < 5; i++) { printf("%d ", r->v); r = r->next; }
    printf("\n");
    printf("pr: %d %d\n", *pr.first, **pr.pp);
    mid++;
    printf("after mid++: **pr.pp=%d\n", **pr.pp);
    for (char **s = strs; *s; s++) printf("[%s]", *s);
    printf("\n");
    printf("count=%ld\n", addr_diff_known);
    return 0;
}

/* EXPECT-STDOUT:
*mid=40 end-mid=4
msg_tail=init
node 1
node 2
node 3
100 200 100 200 100 
pr: 10 40
after mid++: **pr.pp=50
[static init][tatic init]
count=8
*/
