// Small heap blocks are recycled by size class: every block a program gets
// back (malloc, calloc, realloc, strdup) must behave as a new one -- calloc's
// bytes are zero even where a freed block of the same class left data,
// realloc keeps the contents while moving between classes, and live blocks
// never overlap.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 3000

static unsigned char *blocks[N];

static int churn(size_t size)
{
    for (int i = 0; i < N; i++) {
        blocks[i] = malloc(size);
        if (!blocks[i])
            return 1;
        memset(blocks[i], 0xAB, size);
    }
    for (int i = 0; i < N; i++)
        free(blocks[i]);
    int bad = 0;
    for (int i = 0; i < N; i++) {
        blocks[i] = calloc(1, size);
        for (size_t k = 0; k < size; k++)
            bad += blocks[i][k] != 0;
        blocks[i][size - 1] = (unsigned char)(i >> 3);
        blocks[i][0] = (unsigned char)i;
    }
    for (int i = 0; i < N; i++) {
        bad += blocks[i][0] != (unsigned char)i;
        if (size > 1)
            bad += blocks[i][size - 1] != (unsigned char)(i >> 3);
        free(blocks[i]);
    }
    return bad;
}

int main(void)
{
    int bad = 0;
    static const size_t sizes[] = {1, 8, 16, 17, 24, 40, 64, 100, 128, 255, 256, 300, 511, 512, 513};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
        bad += churn(sizes[s]);
    printf("churn: %d bad\n", bad);

    /* realloc through every class and beyond, contents kept */
    char *p = malloc(1);
    p[0] = 'x';
    for (size_t n = 2; n <= 1000; n += 7) {
        p = realloc(p, n);
        p[n - 1] = (char)('a' + n % 26);
    }
    int kept = p[0] == 'x';
    for (size_t n = 9; n <= 1000; n += 7)
        kept &= p[n - 1] == (char)('a' + n % 26);
    p = realloc(p, 20); /* shrink back into a small class */
    kept &= p[0] == 'x' && p[8] == (char)('a' + 9 % 26);
    free(p);
    printf("realloc kept contents: %d\n", kept);

    /* malloc(0): distinct live objects */
    void *z1 = malloc(0), *z2 = malloc(0);
    printf("malloc(0) distinct: %d\n", z1 != z2);
    free(z1);
    free(z2);

    /* pointers stored in recycled blocks */
    struct node { struct node *next; int v; } *head = NULL;
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 2000; i++) {
            struct node *n = malloc(sizeof *n);
            n->v = i;
            n->next = head;
            head = n;
        }
        long sum = 0;
        while (head) {
            struct node *n = head;
            sum += n->v;
            head = n->next;
            free(n);
        }
        printf("round %d: %ld\n", round, sum);
    }

    char *s = strdup("a string in a small block");
    char *t = strndup(s, 8);
    printf("%s / %s\n", s, t);
    free(s);
    free(t);
    return 0;
}
/* EXPECT-STDOUT:
churn: 0 bad
realloc kept contents: 1
malloc(0) distinct: 1
round 0: 1999000
round 1: 1999000
round 2: 1999000
a string in a small block / a string
*/
