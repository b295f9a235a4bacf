// Heap memory initialized by calloc, memset or a fill loop before it is read.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
    int a;
    double b;
    char tag[8];
};

int main(void)
{
    int *z = calloc(8, sizeof *z);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += z[i];
    printf("calloc sum %d\n", s);
    struct rec *r = malloc(sizeof *r);
    memset(r, 0, sizeof *r);
    printf("%d %.1f [%s]\n", r->a, r->b, r->tag);
    char *buf = malloc(5);
    for (int i = 0; i < 4; i++)
        buf[i] = (char)('w' + i);
    buf[4] = '\0';
    printf("%s\n", buf);
    int *grown = realloc(z, 16 * sizeof *grown);
    memset(grown + 8, 0xff, 8 * sizeof *grown);
    printf("%d %d\n", grown[7], grown[15]);
    free(grown);
    free(r);
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
calloc sum 0
0 0.0 []
wxyz
0 -1
*/
