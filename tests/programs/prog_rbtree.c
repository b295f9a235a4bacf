#include <stdio.h>
#include <stdlib.h>

/* Left-leaning red-black tree (Sedgewick) with insertion, validation of
   the black-height and red-link invariants, and ordered traversal. */

enum { BLACK = 0, RED = 1 };
struct rb { int key; int val; int color; struct rb *left, *right; };

static int is_red(const struct rb *n) { return n && n->color == RED; }
static struct rb *rotl(struct rb *h) {
    struct rb *x = h->right;
    h->right = x->left; x->left = h;
    x->color = h->color; h->color = RED;
    return x;
}
static struct rb *rotr(struct rb *h) {
    struct rb *x = h->left;
    h->left = x->right; x->right = h;
    x->color = h->color; h->color = RED;
    return x;
}
static void flip(struct rb *h) { h->color = !h->color; h->left->color = !h->left->color; h->right->color = !h->right->color; }

static struct rb *put(struct rb *h, int key, int val) {
    if (!h) {
        h = malloc(sizeof *h);
        h->key = key; h->val = val; h->color = RED; h->left = h->right = NULL;
        return h;
    }
    if (key < h->key) h->left = put(h->left, key, val);
    else if (key > h->key) h->right = put(h->right, key, val);
    else h->val = val;
    if (is_red(h->right) && !is_red(h->left)) h = rotl(h);
    if (is_red(h->left) && is_red(h->left->left)) h = rotr(h);
    if (is_red(h->left) && is_red(h->right)) flip(h);
    return h;
}
static const struct rb *get(const struct rb *h, int key) {
    while (h) {
        if (key < h->key) h = h->left;
        else if (key > h->key) h = h->right;
        else return h;
    }
    return NULL;
}
/* returns black height or -1 if invalid */
static int validate(const struct rb *h) {
    if (!h) return 1;
    if (is_red(h->right)) return -1;
    if (is_red(h) && is_red(h->left)) return -1;
    if (h->left && h->left->key >= h->key) return -1;
    if (h->right && h->right->key <= h->key) return -1;
    int l = validate(h->left), r = validate(h->right);
    if (l < 0 || r < 0 || l != r) return -1;
    return l + !is_red(h);
}
static int height(const struct rb *h) {
    if (!h) return 0;
    int l = height(h->left), r = height(h->right);
    return 1 + (l > r ? l : r);
}
static int count(const struct rb *h) { return h ? 1 + count(h->left) + count(h->right) : 0; }
static void range(const struct rb *h, int lo, int hi, int *out, int *n) {
    if (!h) return;
    if (lo < h->key) range(h->left, lo, hi, out, n);
    if (lo <= h->key && h->key <= hi) out[(*n)++] = h->key;
    if (hi > h->key) range(h->right, lo, hi, out, n);
}
static void destroy(struct rb *h) { if (h) { destroy(h->left); destroy(h->right); free(h); } }

int main(void) {
    struct rb *root = NULL;
    unsigned x = 12345;
    for (int i = 0; i < 2000; i++) {
        x = x * 1103515245u + 12345u;
        int key = (int)((x >> 8) % 5000);
        root = put(root, key, i);
        root->color = BLACK;
    }
    int bh = validate(root);
    printf("count=%d height=%d black_height=%d\n", count(root), height(root), bh);
    int out[64], n = 0;
    range(root, 100, 200, out, &n);
    printf("keys in [100,200]: %d ->", n);
    for (int i = 0; i < n && i < 10; i++) printf(" %d", out[i]);
    printf(" ...\n");
    int found = 0;
    for (int k = 0; k < 5000; k++) found += get(root, k) != NULL;
    printf("found=%d\n", found);
    destroy(root);
    root = NULL;
    for (int i = 1; i <= 255; i++) { root = put(root, i, i * i); root->color = BLACK; }
    printf("sequential: count=%d height=%d black_height=%d root=%d\n", count(root), height(root), validate(root), root->key);
    const struct rb *g = get(root, 77);
    printf("get(77)=%d\n", g ? g->val : -1);
    destroy(root);
    return 0;
}

/* EXPECT-STDOUT:
count=1642 height=14 black_height=10
keys in [100,200]: 32 -> 100 102 105 107 111 115 117 128 129 130 ...
found=1642
sequential: count=255 height=8 black_height=9 root=128
get(77)=5929
*/
