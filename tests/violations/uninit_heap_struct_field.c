// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A heap struct is allocated with malloc and only one field is set.
#include <stdio.h>
#include <stdlib.h>

struct account {
    long id;
    long balance;
};

int main(void)
{
    struct account *a = malloc(sizeof *a);
    a->id = 7;
    printf("start %ld\n", a->id);
    if (a->balance > 0) // VIOLATION: uninitialized-read
        printf("in credit\n");
    printf("NOT-REACHED\n");
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
start 7
*/
