// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A struct with a flexible array member is allocated for n items; item n is written.
#include <stdio.h>
#include <stdlib.h>

struct vec {
    int len;
    int items[];
};

int main(void)
{
    int n = 4;
    struct vec *v = malloc(sizeof *v + n * sizeof v->items[0]);
    v->len = n;
    printf("start\n");
    for (int i = 0; i <= v->len; i++)
        v->items[i] = i; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
