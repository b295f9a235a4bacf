// Constructors that write every member of a new heap block before anything
// reads it: the compiler proves them wholly written (the block is born
// untracked), and their values read back exactly.  Includes padding after
// a char member, nested struct members, chained assignment, members set on
// both arms of a branch, and a recursive constructor.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct point {
    int x, y;
};

struct shape {
    char kind;          /* 7 bytes of padding follow */
    struct point at;
    struct point size;
    struct shape *next;
};

static struct shape *shape_new(char kind, int x, int y, struct shape *next)
{
    struct shape *s = malloc(sizeof *s);
    if (!s) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    s->kind = kind;
    s->at.x = x;
    s->at.y = y;
    if (kind == 'r') {
        s->size.x = 2 * x;
        s->size.y = 2 * y;
    } else {
        s->size.x = s->size.y = 1;
    }
    s->next = next;
    return s;
}

struct tree {
    struct tree *left, *right;
    int64_t item;
};

static struct tree *tree_new(int depth, int64_t item)
{
    struct tree *t;
    t = malloc(sizeof(struct tree));
    if (t == NULL)
        exit(2);
    t->item = item;
    if (depth > 0) {
        t->left = tree_new(depth - 1, 2 * item - 1);
        t->right = tree_new(depth - 1, 2 * item);
    } else {
        t->left = t->right = NULL;
    }
    return t;
}

static int64_t tree_sum(const struct tree *t)
{
    return t ? t->item + tree_sum(t->left) + tree_sum(t->right) : 0;
}

static void tree_free(struct tree *t)
{
    if (t) {
        tree_free(t->left);
        tree_free(t->right);
        free(t);
    }
}

int main(void)
{
    struct shape *list = NULL;
    for (int i = 0; i < 6; i++)
        list = shape_new(i % 2 ? 'r' : 'p', i, 10 - i, list);
    long acc = 0;
    for (struct shape *s = list; s; s = s->next)
        acc = acc * 31 + s->kind + s->at.x + 3 * s->at.y + 5 * s->size.x + 7 * s->size.y;
    printf("shapes %ld\n", acc);
    while (list) {
        struct shape *n = list->next;
        free(list);
        list = n;
    }
    struct tree *t = tree_new(8, 1);
    printf("tree %lld\n", (long long)tree_sum(t));
    tree_free(t);
    return 0;
}
/* EXPECT-STDOUT:
shapes 7414715748
tree 43946
*/
