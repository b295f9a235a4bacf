// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A member buffer is freed by a reset function and again by the destructor.
#include <stdio.h>
#include <stdlib.h>

struct vec {
    double *items;
    int len;
};

static void vec_reset(struct vec *v)
{
    free(v->items);
    v->len = 0; /* forgot v->items = NULL */
}

static void vec_free(struct vec *v)
{
    free(v->items); // VIOLATION: double-free
    free(v);
}

int main(void)
{
    struct vec *v = malloc(sizeof *v);
    v->items = malloc(8 * sizeof(double));
    v->len = 8;
    printf("start\n");
    vec_reset(v);
    vec_free(v);
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
