// Flexible array members, allocated for exactly their contents.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct str {
    size_t len;
    char data[];
};

struct ints {
    int n;
    int v[];
};

static struct str *str_new(const char *s)
{
    size_t n = strlen(s);
    struct str *r = malloc(sizeof *r + n + 1);
    r->len = n;
    memcpy(r->data, s, n + 1);
    return r;
}

int main(void)
{
    struct str *s = str_new("flexible");
    printf("%zu %s %c\n", s->len, s->data, s->data[s->len - 1]);
    struct ints *iv = malloc(sizeof *iv + 5 * sizeof iv->v[0]);
    iv->n = 5;
    for (int i = 0; i < iv->n; i++)
        iv->v[i] = i * 10;
    printf("%d %d\n", iv->v[0], iv->v[iv->n - 1]);
    free(iv);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
8 flexible e
0 40
*/
