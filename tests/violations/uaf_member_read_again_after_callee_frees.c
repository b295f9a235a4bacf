// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A member read twice through one pointer, with a call between that frees
// the node: the second read is checked again (a call may end any object).
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *next;
    int key;
};

static void release(struct node *n)
{
    free(n);
}

int main(int argc, char **argv)
{
    struct node *p = malloc(sizeof *p);
    p->next = NULL;
    p->key = 41 + argc;
    (void)argv;
    int a = p->key;
    printf("%d\n", a);
    release(p);
    int b = p->key; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", a + b);
    return 0;
}
/* EXPECT-STDOUT:
42
*/
