#include <stdio.h>
#include <stdlib.h>

/* AVL tree with insert/delete, invariant checking, and order statistics. */

struct avl { int key; int height; int size; struct avl *l, *r; };

static int h(const struct avl *n) { return n ? n->height : 0; }
static int sz(const struct avl *n) { return n ? n->size : 0; }
static int max(int a, int b) { return a > b ? a : b; }
static void update(struct avl *n) { n->height = 1 + max(h(n->l), h(n->r)); n->size = 1 + sz(n->l) + sz(n->r); }

static struct avl *rot_right(struct avl *y) {
    struct avl *x = y->l;
    y->l = x->r; x->r = y;
    update(y); update(x);
    return x;
}
static struct avl *rot_left(struct avl *x) {
    struct avl *y = x->r;
    x->r = y->l; y->l = x;
    update(x); update(y);
    return y;
}
static int rotations;
static struct avl *balance(struct avl *n) {
    update(n);
    int bf = h(n->l) - h(n->r);
    if (bf > 1) {
        if (h(n->l->l) < h(n->l->r)) { n->l = rot_left(n->l); rotations++; }
        rotations++;
        return rot_right(n);
    }
    if (bf < -1) {
        if (h(n->r->r) < h(n->r->l)) { n->r = rot_right(n->r); rotations++; }
        rotations++;
        return rot_left(n);
    }
    return n;
}
static struct avl *insert(struct avl *n, int key) {
    if (!n) {
        n = malloc(sizeof *n);
        n->key = key; n->l = n->r = NULL; n->height = 1; n->size = 1;
        return n;
    }
    if (key < n->key) n->l = insert(n->l, key);
    else if (key > n->key) n->r = insert(n->r, key);
    else return n;
    return balance(n);
}
static struct avl *remove_min(struct avl *n, struct avl **minout) {
    if (!n->l) { *minout = n; return n->r; }
    n->l = remove_min(n->l, minout);
    return balance(n);
}
static struct avl *erase(struct avl *n, int key) {
    if (!n) return NULL;
    if (key < n->key) n->l = erase(n->l, key);
    else if (key > n->key) n->r = erase(n->r, key);
    else {
        struct avl *l = n->l, *r = n->r;
        free(n);
        if (!r) return l;
        struct avl *m;
        r = remove_min(r, &m);
        m->l = l; m->r = r;
        return balance(m);
    }
    return balance(n);
}
static int check(const struct avl *n, int lo, int hi) {
    if (!n) return 1;
    if (n->key < lo || n->key > hi) return 0;
    int bf = h(n->l) - h(n->r);
    if (bf < -1 || bf > 1) return 0;
    if (n->height != 1 + max(h(n->l), h(n->r)) || n->size != 1 + sz(n->l) + sz(n->r)) return 0;
    return check(n->l, lo, n->key - 1) && check(n->r, n->key + 1, hi);
}
static int kth(const struct avl *n, int k) {
    while (n) {
        int ls = sz(n->l);
        if (k < ls) n = n->l;
        else if (k == ls) return n->key;
        else { k -= ls + 1; n = n->r; }
    }
    return -1;
}
static int rank(const struct avl *n, int key) {
    int r = 0;
    while (n) {
        if (key <= n->key) n = n->l;
        else { r += sz(n->l) + 1; n = n->r; }
    }
    return r;
}
static void destroy(struct avl *n) { if (n) { destroy(n->l); destroy(n->r); free(n); } }
static void print_level(const struct avl *n, int depth, int target) {
    if (!n) return;
    if (depth == target) { printf(" %d", n->key); return; }
    print_level(n->l, depth + 1, target);
    print_level(n->r, depth + 1, target);
}

int main(void) {
    struct avl *root = NULL;
    for (int i = 1; i <= 1000; i++) root = insert(root, (i * 7919) % 1009);
    printf("size=%d height=%d valid=%d rotations=%d\n", sz(root), h(root), check(root, -1000000, 1000000), rotations);
    printf("kth: 0->%d 10->%d 500->%d 999->%d\n", kth(root, 0), kth(root, 10), kth(root, 500), kth(root, 999));
    printf("rank(500)=%d rank(0)=%d\n", rank(root, 500), rank(root, 0));
    for (int i = 0; i < 1009; i += 2) root = erase(root, i);
    printf("after erase evens: size=%d height=%d valid=%d\n", sz(root), h(root), check(root, -1000000, 1000000));
    printf("smallest five:");
    for (int k = 0; k < 5; k++) printf(" %d", kth(root, k));
    printf("\n");
    destroy(root);
    root = NULL;
    for (int i = 1; i <= 15; i++) root = insert(root, i);
    for (int d = 0; d < h(root); d++) { printf("level %d:", d); print_level(root, 0, d); printf("\n"); }
    destroy(root);
    return 0;
}

/* EXPECT-STDOUT:
size=1000 height=11 valid=1 rotations=386
kth: 0->1 10->11 500->506 999->1008
rank(500)=494 rank(0)=0
after erase evens: size=500 height=10 valid=1
smallest five: 1 3 5 7 9
level 0: 8
level 1: 4 12
level 2: 2 6 10 14
level 3: 1 3 5 7 9 11 13 15
*/
