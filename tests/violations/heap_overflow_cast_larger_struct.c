// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A small struct is allocated, then the pointer is cast to a larger struct
// type that shares its first fields, and the extra field is read.
#include <stdio.h>
#include <stdlib.h>

struct base {
    int type;
    int len;
};

struct derived {
    int type;
    int len;
    long extra;
};

int main(void)
{
    struct base *b = malloc(sizeof *b);
    b->type = 1;
    b->len = 2;
    printf("start\n");
    struct derived *d = (struct derived *)b;
    long e = d->extra; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%ld\n", e);
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
