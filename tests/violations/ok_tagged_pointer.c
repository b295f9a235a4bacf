// Tagged pointers: the low bits of an aligned pointer carry flags (like the
// kernel rbtree's parent|colour word) and are masked off before use.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define RB_RED 0
#define RB_BLACK 1

struct rb_node {
    uintptr_t parent_color;
    struct rb_node *left, *right;
    int key;
};

static struct rb_node *rb_parent(const struct rb_node *n)
{
    return (struct rb_node *)(n->parent_color & ~(uintptr_t)3);
}

static int rb_color(const struct rb_node *n)
{
    return (int)(n->parent_color & 1);
}

static void rb_set_parent_color(struct rb_node *n, struct rb_node *p, int color)
{
    n->parent_color = (uintptr_t)p | (uintptr_t)color;
}

int main(void)
{
    struct rb_node *root = calloc(1, sizeof *root);
    struct rb_node *child = calloc(1, sizeof *child);
    root->key = 10;
    child->key = 5;
    rb_set_parent_color(root, NULL, RB_BLACK);
    rb_set_parent_color(child, root, RB_RED);
    root->left = child;
    printf("root color %d parent null %d\n", rb_color(root), rb_parent(root) == NULL);
    printf("child color %d parent key %d\n", rb_color(child), rb_parent(child)->key);
    rb_set_parent_color(child, rb_parent(child), RB_BLACK);
    printf("child color %d parent key %d\n", rb_color(child), rb_parent(child)->key);
    free(child);
    free(root);
    return 0;
}
/* EXPECT-STDOUT:
root color 1 parent null 1
child color 0 parent key 10
child color 1 parent key 10
*/
