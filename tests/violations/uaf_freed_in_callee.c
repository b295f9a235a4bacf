// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A helper frees its argument on an error path; the caller keeps using it.
#include <stdio.h>
#include <stdlib.h>

static int validate(int *v)
{
    if (*v < 0) {
        free(v);
        return -1;
    }
    return 0;
}

int main(void)
{
    int *v = malloc(sizeof *v);
    *v = -5;
    printf("start\n");
    if (validate(v) < 0)
        *v = 0; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
