// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// Two structs share one buffer and each destructor frees it.
#include <stdio.h>
#include <stdlib.h>

struct owner {
    int *data;
};

static void destroy(struct owner *o)
{
    free(o->data); // VIOLATION: double-free
    o->data = NULL;
}

int main(void)
{
    struct owner a, b;
    a.data = malloc(4 * sizeof(int));
    b = a; /* shallow copy */
    printf("start\n");
    destroy(&a);
    printf("first destroyed\n");
    destroy(&b);
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
first destroyed
*/
