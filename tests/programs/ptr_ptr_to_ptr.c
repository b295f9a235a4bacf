#include <stdio.h>
#include <stdlib.h>

struct node { int val; struct node *next; };

static void push(struct node **head, int v) {
    struct node *n = malloc(sizeof *n);
    n->val = v;
    n->next = *head;
    *head = n;
}

/* remove all nodes matching v using pointer-to-pointer idiom */
static int remove_all(struct node **pp, int v) {
    int removed = 0;
    while (*pp) {
        if ((*pp)->val == v) {
            struct node *dead = *pp;
            *pp = dead->next;
            free(dead);
            removed++;
        } else {
            pp = &(*pp)->next;
        }
    }
    return removed;
}

static void print_list(const struct node *n) {
    for (; n; n = n->next) printf("%d ", n->val);
    printf("\n");
}

static void set_ptr(int **out, int *target) { *out = target; }

int main(void) {
    struct node *head = NULL;
    int vals[] = {3, 1, 3, 4, 3, 5, 9, 3};
    for (int i = 0; i < 8; i++) push(&head, vals[i]);
    print_list(head);
    printf("removed %d\n", remove_all(&head, 3));
    print_list(head);
    printf("removed %d\n", remove_all(&head, 9));
    print_list(head);
    while (head) { struct node *n = head; head = head->next; free(n); }

    int a = 1, b = 2;
    int *p = &a;
    int **pp = &p;
    int ***ppp = &pp;
    ***ppp = 10;
    set_ptr(*ppp, &b);
    **pp = 20;
    printf("a=%d b=%d *p=%d\n", a, b, *p);

    /* dynamic 2-D array via pointer to pointer */
    int rows = 3, cols = 4;
    int **m = malloc(rows * sizeof *m);
    for (int i = 0; i < rows; i++) {
        m[i] = malloc(cols * sizeof **m);
        for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
    }
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) printf("%3d", m[i][j]);
        printf("\n");
        free(m[i]);
    }
    free(m);
    return 0;
}

/* EXPECT-STDOUT:
3 9 5 3 4 3 1 3 
removed 4
9 5 4 1 
removed 1
5 4 1 
a=10 b=20 *p=20
  0  1  2  3
  4  5  6  7
  8  9 10 11
*/
