// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// The classic list-freeing bug: the node is freed before its next field is read.
#include <stdio.h>
#include <stdlib.h>

struct node {
    int v;
    struct node *next;
};

int main(void)
{
    struct node *head = NULL;
    for (int i = 0; i < 3; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i;
        n->next = head;
        head = n;
    }
    printf("start\n");
    struct node *p = head;
    while (p) {
        free(p);
        p = p->next; // VIOLATION: use-after-free
        printf("NOT-REACHED\n");
    }
    return 0;
}
/* EXPECT-STDOUT:
start
*/
