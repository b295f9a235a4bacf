// free(NULL) is a no-op; realloc(NULL, n) is malloc; pointers are nulled
// after free so a second cleanup is harmless.
#include <stdio.h>
#include <stdlib.h>

struct res {
    char *a;
    int *b;
};

static void cleanup(struct res *r)
{
    free(r->a);
    r->a = NULL;
    free(r->b);
    r->b = NULL;
}

int main(void)
{
    free(NULL);
    int *p = realloc(NULL, 4 * sizeof *p);
    p[3] = 9;
    printf("%d\n", p[3]);
    struct res r = {malloc(8), p};
    r.a[0] = 'k';
    printf("%c\n", r.a[0]);
    cleanup(&r);
    cleanup(&r);
    printf("%d %d\n", r.a == NULL, r.b == NULL);
    return 0;
}
/* EXPECT-STDOUT:
9
k
1 1
*/
