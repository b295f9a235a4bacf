#include <stdio.h>
#include <stdlib.h>

struct tree { int key; int count; struct tree *left, *right; };

static struct tree *insert(struct tree *t, int key) {
    if (!t) {
        t = malloc(sizeof *t);
        t->key = key; t->count = 1; t->left = t->right = NULL;
        return t;
    }
    if (key < t->key) t->left = insert(t->left, key);
    else if (key > t->key) t->right = insert(t->right, key);
    else t->count++;
    return t;
}
static void inorder(const struct tree *t) {
    if (!t) return;
    inorder(t->left);
    printf(" %d", t->key);
    if (t->count > 1) printf("x%d", t->count);
    inorder(t->right);
}
static void preorder(const struct tree *t) {
    if (!t) return;
    printf(" %d", t->key);
    preorder(t->left);
    preorder(t->right);
}
static int height(const struct tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static int size(const struct tree *t) { return t ? 1 + size(t->left) + size(t->right) : 0; }
static struct tree *min_node(struct tree *t) { while (t->left) t = t->left; return t; }
static struct tree *delete(struct tree *t, int key) {
    if (!t) return NULL;
    if (key < t->key) t->left = delete(t->left, key);
    else if (key > t->key) t->right = delete(t->right, key);
    else {
        if (!t->left || !t->right) {
            struct tree *child = t->left ? t->left : t->right;
            free(t);
            return child;
        }
        struct tree *m = min_node(t->right);
        t->key = m->key; t->count = m->count;
        m->count = 1;
        t->right = delete(t->right, m->key);
    }
    return t;
}
static void destroy(struct tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 30, 65, 35, 45, 20, 20};
    struct tree *root = NULL;
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) root = insert(root, keys[i]);
    printf("inorder:"); inorder(root); printf("\n");
    printf("preorder:"); preorder(root); printf("\n");
    printf("height=%d size=%d\n", height(root), size(root));
    int dels[] = {20, 30, 50, 99};
    for (int i = 0; i < 4; i++) {
        root = delete(root, dels[i]);
        printf("after delete %d:", dels[i]); inorder(root); printf(" (h=%d)\n", height(root));
    }
    destroy(root);
    return 0;
}

/* EXPECT-STDOUT:
inorder: 20x3 30x2 35 40 45 50 60 65 70 80
preorder: 50 30 20 40 35 45 70 60 65 80
height=4 size=10
after delete 20: 30x2 35 40 45 50 60 65 70 80 (h=4)
after delete 30: 35 40 45 50 60 65 70 80 (h=4)
after delete 50: 35 40 45 60 65 70 80 (h=3)
after delete 99: 35 40 45 60 65 70 80 (h=3)
*/
