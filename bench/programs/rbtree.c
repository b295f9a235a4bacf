// rbtree: red-black tree with insert, delete and lookup of random keys,
// checked against a presence bitmap; invariants verified periodically.
// Measures: pointer-heavy tree updates (rotations), branchy lookups.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef KEY_RANGE
#define KEY_RANGE 400000
#endif
#ifndef OPS
#define OPS 1000000
#endif
#define CHECK_EVERY 150000

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

enum color { RED, BLACK };

struct rb {
    struct rb *left, *right, *parent;
    int32_t key;
    int32_t value;
    enum color color;
};

static struct rb nil_node = { &nil_node, &nil_node, &nil_node, 0, 0, BLACK };
#define NIL (&nil_node)
static struct rb *root = NIL;
static long tree_size;

static void rotate_left(struct rb *x)
{
    struct rb *y = x->right;
    x->right = y->left;
    if (y->left != NIL)
        y->left->parent = x;
    y->parent = x->parent;
    if (x->parent == NIL)
        root = y;
    else if (x == x->parent->left)
        x->parent->left = y;
    else
        x->parent->right = y;
    y->left = x;
    x->parent = y;
}

static void rotate_right(struct rb *x)
{
    struct rb *y = x->left;
    x->left = y->right;
    if (y->right != NIL)
        y->right->parent = x;
    y->parent = x->parent;
    if (x->parent == NIL)
        root = y;
    else if (x == x->parent->right)
        x->parent->right = y;
    else
        x->parent->left = y;
    y->right = x;
    x->parent = y;
}

static struct rb *lookup(int32_t key)
{
    struct rb *n = root;
    while (n != NIL) {
        if (key < n->key)
            n = n->left;
        else if (key > n->key)
            n = n->right;
        else
            return n;
    }
    return NULL;
}

/* Returns 1 if inserted, 0 if the key was present (value updated). */
static int insert(int32_t key, int32_t value)
{
    struct rb *parent = NIL, *cur = root;
    while (cur != NIL) {
        parent = cur;
        if (key < cur->key)
            cur = cur->left;
        else if (key > cur->key)
            cur = cur->right;
        else {
            cur->value = value;
            return 0;
        }
    }
    struct rb *z = malloc(sizeof *z);
    if (!z) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    z->key = key;
    z->value = value;
    z->left = z->right = NIL;
    z->parent = parent;
    z->color = RED;
    if (parent == NIL)
        root = z;
    else if (key < parent->key)
        parent->left = z;
    else
        parent->right = z;
    tree_size++;

    while (z->parent->color == RED) {
        struct rb *g = z->parent->parent;
        if (z->parent == g->left) {
            struct rb *u = g->right;
            if (u->color == RED) {
                z->parent->color = BLACK;
                u->color = BLACK;
                g->color = RED;
                z = g;
            } else {
                if (z == z->parent->right) {
                    z = z->parent;
                    rotate_left(z);
                }
                z->parent->color = BLACK;
                z->parent->parent->color = RED;
                rotate_right(z->parent->parent);
            }
        } else {
            struct rb *u = g->left;
            if (u->color == RED) {
                z->parent->color = BLACK;
                u->color = BLACK;
                g->color = RED;
                z = g;
            } else {
                if (z == z->parent->left) {
                    z = z->parent;
                    rotate_right(z);
                }
                z->parent->color = BLACK;
                z->parent->parent->color = RED;
                rotate_left(z->parent->parent);
            }
        }
    }
    root->color = BLACK;
    return 1;
}

static void transplant(struct rb *u, struct rb *v)
{
    if (u->parent == NIL)
        root = v;
    else if (u == u->parent->left)
        u->parent->left = v;
    else
        u->parent->right = v;
    v->parent = u->parent;
}

static void delete_fixup(struct rb *x)
{
    while (x != root && x->color == BLACK) {
        if (x == x->parent->left) {
            struct rb *w = x->parent->right;
            if (w->color == RED) {
                w->color = BLACK;
                x->parent->color = RED;
                rotate_left(x->parent);
                w = x->parent->right;
            }
            if (w->left->color == BLACK && w->right->color == BLACK) {
                w->color = RED;
                x = x->parent;
            } else {
                if (w->right->color == BLACK) {
                    w->left->color = BLACK;
                    w->color = RED;
                    rotate_right(w);
                    w = x->parent->right;
                }
                w->color = x->parent->color;
                x->parent->color = BLACK;
                w->right->color = BLACK;
                rotate_left(x->parent);
                x = root;
            }
        } else {
            struct rb *w = x->parent->left;
            if (w->color == RED) {
                w->color = BLACK;
                x->parent->color = RED;
                rotate_right(x->parent);
                w = x->parent->left;
            }
            if (w->right->color == BLACK && w->left->color == BLACK) {
                w->color = RED;
                x = x->parent;
            } else {
                if (w->left->color == BLACK) {
                    w->right->color = BLACK;
                    w->color = RED;
                    rotate_left(w);
                    w = x->parent->left;
                }
                w->color = x->parent->color;
                x->parent->color = BLACK;
                w->left->color = BLACK;
                rotate_right(x->parent);
                x = root;
            }
        }
    }
    x->color = BLACK;
}

static void delete_node(struct rb *z)
{
    struct rb *y = z, *x;
    enum color y_color = y->color;
    if (z->left == NIL) {
        x = z->right;
        transplant(z, z->right);
    } else if (z->right == NIL) {
        x = z->left;
        transplant(z, z->left);
    } else {
        y = z->right;
        while (y->left != NIL)
            y = y->left;
        y_color = y->color;
        x = y->right;
        if (y->parent == z) {
            x->parent = y;
        } else {
            transplant(y, y->right);
            y->right = z->right;
            y->right->parent = y;
        }
        transplant(z, y);
        y->left = z->left;
        y->left->parent = y;
        y->color = z->color;
    }
    if (y_color == BLACK)
        delete_fixup(x);
    free(z);
    tree_size--;
}

/* Returns black height, or -1 if an invariant is broken. */
static int verify(const struct rb *n, int64_t lo, int64_t hi, long *count, uint64_t *h)
{
    if (n == NIL)
        return 1;
    if (n->key <= lo || n->key >= hi)
        return -1;
    if (n->color == RED && (n->left->color == RED || n->right->color == RED))
        return -1;
    if (n->left != NIL && n->left->parent != n)
        return -1;
    if (n->right != NIL && n->right->parent != n)
        return -1;
    int bl = verify(n->left, lo, n->key, count, h);
    *h = *h * 1099511628211ull + (uint64_t)n->key * 7 + (uint64_t)n->value;
    (*count)++;
    int br = verify(n->right, n->key, hi, count, h);
    if (bl < 0 || br < 0 || bl != br)
        return -1;
    return bl + (n->color == BLACK);
}

static void free_all(struct rb *n)
{
    if (n == NIL)
        return;
    free_all(n->left);
    free_all(n->right);
    free(n);
}

int main(void)
{
    static int32_t shadow[KEY_RANGE]; /* value+1, 0 = absent */
    uint64_t checksum = 0;
    long present = 0;
    int ok = 1;

    for (long op = 0; op < OPS; op++) {
        uint64_t r = rnd();
        int32_t key = (int32_t)((r >> 16) % KEY_RANGE);
        unsigned kind = (unsigned)(r % 8);
        if (kind < 3) {
            int32_t value = (int32_t)(r >> 48);
            int inserted = insert(key, value);
            if (inserted != (shadow[key] == 0))
                ok = 0;
            present += inserted;
            shadow[key] = value + 1;
        } else if (kind < 5) {
            struct rb *n = lookup(key);
            if ((n != NULL) != (shadow[key] != 0))
                ok = 0;
            if (n) {
                delete_node(n);
                shadow[key] = 0;
                present--;
            }
        } else {
            struct rb *n = lookup(key);
            if (n) {
                if (shadow[key] != n->value + 1)
                    ok = 0;
                checksum += (uint64_t)n->value ^ (uint64_t)key;
            } else if (shadow[key] != 0) {
                ok = 0;
            }
        }
        if (op % CHECK_EVERY == CHECK_EVERY - 1) {
            long cnt = 0;
            uint64_t h = 0;
            if (root->color != BLACK || verify(root, INT64_MIN, INT64_MAX, &cnt, &h) < 0)
                ok = 0;
            if (cnt != present || cnt != tree_size)
                ok = 0;
            checksum ^= h;
        }
    }
    long cnt = 0;
    uint64_t h = 0;
    if (verify(root, INT64_MIN, INT64_MAX, &cnt, &h) < 0 || cnt != present)
        ok = 0;
    checksum ^= h + (uint64_t)cnt;
    free_all(root);

    printf("checksum: %016llx\n", (unsigned long long)checksum);
    return ok ? 0 : 1;
}
