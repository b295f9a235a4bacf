// Copying a struct whose padding (and an unused field) was never written is
// not a read of uninitialized data; only the written fields are read.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct padded {
    char c;      /* 7 bytes of padding follow */
    long l;
    int unused;  /* never written */
};

int main(void)
{
    struct padded a;
    a.c = 'p';
    a.l = 123;
    struct padded b = a;
    struct padded *h = malloc(sizeof *h);
    memcpy(h, &b, sizeof b);
    printf("%c %ld\n", h->c, h->l);
    struct padded arr[2];
    arr[0] = b;
    arr[1] = *h;
    printf("%c %ld\n", arr[1].c, arr[0].l);
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
p 123
p 123
*/
