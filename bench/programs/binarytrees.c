// binarytrees: allocate, walk and free many complete binary trees.
// Measures: malloc/free of small fixed-size nodes, recursive pointer chasing.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef MAX_DEPTH
#define MAX_DEPTH 15
#endif
#define MIN_DEPTH 4

struct node {
    struct node *left;
    struct node *right;
    int64_t item;
};

static struct node *make_tree(int depth, int64_t item)
{
    struct node *n = malloc(sizeof *n);
    if (!n) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    n->item = item;
    if (depth > 0) {
        n->left = make_tree(depth - 1, 2 * item - 1);
        n->right = make_tree(depth - 1, 2 * item);
    } else {
        n->left = NULL;
        n->right = NULL;
    }
    return n;
}

/* Counts nodes and sums items (wrapping, unsigned). */
static uint64_t walk(const struct node *n, uint64_t *sum)
{
    *sum += (uint64_t)n->item;
    if (!n->left)
        return 1;
    return 1 + walk(n->left, sum) + walk(n->right, sum);
}

static void free_tree(struct node *n)
{
    if (n->left) {
        free_tree(n->left);
        free_tree(n->right);
    }
    free(n);
}

/* Sum of items of make_tree(d, i) is a_d * i + b_d. */
static uint64_t expected_sum(int depth, int64_t item)
{
    uint64_t a = 1, b = 0;
    for (int d = 1; d <= depth; d++) {
        uint64_t na = 1 + 4 * a;
        uint64_t nb = 2 * b - a;
        a = na;
        b = nb;
    }
    return a * (uint64_t)item + b;
}

static int check_tree(struct node *t, int depth, int64_t item, uint64_t *checksum)
{
    uint64_t sum = 0;
    uint64_t count = walk(t, &sum);
    *checksum = (*checksum * 1000003u) ^ count ^ (sum << 1);
    return count == ((uint64_t)1 << (depth + 1)) - 1 && sum == expected_sum(depth, item);
}

int main(void)
{
    uint64_t checksum = 0;
    int ok = 1;

    struct node *stretch = make_tree(MAX_DEPTH + 1, 0);
    ok &= check_tree(stretch, MAX_DEPTH + 1, 0, &checksum);
    free_tree(stretch);

    struct node *long_lived = make_tree(MAX_DEPTH, 0);

    for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
        int iterations = (3 << (MAX_DEPTH - depth + MIN_DEPTH)) / 2;
        for (int i = 1; i <= iterations; i++) {
            struct node *a = make_tree(depth, i);
            ok &= check_tree(a, depth, i, &checksum);
            free_tree(a);
            struct node *b = make_tree(depth, -i);
            ok &= check_tree(b, depth, -i, &checksum);
            free_tree(b);
        }
    }

    ok &= check_tree(long_lived, MAX_DEPTH, 0, &checksum);
    free_tree(long_lived);

    printf("checksum: %016llx\n", (unsigned long long)checksum);
    return ok ? 0 : 1;
}
