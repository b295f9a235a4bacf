// The same member read or written again through one pointer: after an if's
// condition (else-if chains, a search's next step), in the next statement,
// in a loop's step after its body, after a switch on it, after && and ?:
// operands. The repeated accesses that need no second check
// (instrument/avail.py) must behave as checked ones: no report in any mode,
// the same output as gcc.
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left, *right, *prev, *next;
    int key;
    int kind;
    long count;
};

static struct node *root;
static struct node head = {0};

static struct node *insert(int key)
{
    struct node **at = &root, *parent = NULL;
    while (*at) {
        parent = *at;
        if (key < parent->key)
            at = &parent->left;
        else if (key > parent->key)
            at = &parent->right;
        else {
            parent->count++;
            return parent;
        }
    }
    struct node *n = calloc(1, sizeof *n);
    if (!n)
        exit(2);
    n->key = key;
    n->kind = key % 3;
    n->count = 1;
    n->prev = head.prev ? head.prev : &head;
    n->next = &head;
    n->prev->next = n;
    head.prev = n;
    *at = n;
    return n;
}

static long probes;

static struct node *lookup(int key)
{
    for (struct node *n = root; n; probes++) {
        if (key == n->key)
            return n;
        n = key < n->key ? n->left : n->right;
    }
    return NULL;
}

static long walk(void)
{
    long s = 0;
    for (struct node *p = head.next; p != &head; p = p->next) {
        if (p->next->prev != p)
            return -1;
        s += p->key;
        s += p->key & 1 ? p->count : 0;
        switch (p->kind) {
        case 0:
            s += p->kind + 1;
            break;
        case 1:
            s ^= p->kind;
            /* fall through */
        default:
            s += p->count && p->key > 10 ? p->key : 0;
        }
    }
    return s;
}

static void bump(struct node *n, int by)
{
    int k = n->key;
    n->key = k;
    n->count += by;
    if (n->count > 3 && n->key)
        n->count = n->count - 1;
}

static long destroy(struct node *n)
{
    if (!n)
        return 0;
    long s = n->count;
    struct node *l = n->left, *r = n->right;
    free(n);
    s += destroy(l);
    s += destroy(r);
    return s;
}

int main(void)
{
    head.prev = head.next = &head;
    unsigned x = 12345;
    for (int i = 0; i < 2000; i++) {
        x = x * 1103515245u + 12345u;
        insert((int)(x >> 16) % 500);
    }
    long found = 0;
    for (int k = 0; k < 600; k++) {
        struct node *n = lookup(k);
        if (n) {
            bump(n, k & 3);
            found += n->count;
        }
    }
    printf("found %ld in %ld probes\n", found, probes);
    printf("walk %ld\n", walk());
    printf("destroyed %ld\n", destroy(root));
    return 0;
}
/* EXPECT-STDOUT:
found 2326 in 5807 probes
walk 202148
destroyed 2326
*/
