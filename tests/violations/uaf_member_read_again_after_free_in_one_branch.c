// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// The node's key is read in an if's condition; one branch frees the node and
// the key is read again after the join: that read is checked, not elided
// (only what both branches leave counts).
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *next;
    int key;
};

int main(int argc, char **argv)
{
    struct node *p = malloc(sizeof *p);
    p->next = NULL;
    p->key = argc;
    (void)argv;
    int sum = 0;
    if (p->key > 0) {
        sum += 10;
        free(p);
    } else {
        sum += p->key;
    }
    printf("%d\n", sum);
    sum += p->key; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
10
*/
