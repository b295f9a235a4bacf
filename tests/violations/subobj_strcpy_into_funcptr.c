// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed))  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy into a char array followed by a function pointer in a heap struct.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct handler {
    char name[8];
    int (*fn)(int);
};

static int twice(int x)
{
    return 2 * x;
}

int main(void)
{
    struct handler *h = malloc(sizeof *h);
    h->fn = twice;
    printf("start %d\n", h->fn(21));
    strcpy(h->name, "AAAAAAAABBBBBB"); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", h->fn(1));
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
start 42
*/
