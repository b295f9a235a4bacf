// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A char pointer taken from a member array keeps the member's bounds:
// indexing beyond it reaches the next member.
#include <stdio.h>
#include <stdlib.h>

struct file {
    char name[16];
    long size;
};

int main(void)
{
    struct file *f = calloc(1, sizeof *f);
    f->size = 4096;
    char *p = f->name;
    printf("start\n");
    char c = p[16]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", c);
    free(f);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
