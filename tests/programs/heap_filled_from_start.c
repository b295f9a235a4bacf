// Heap buffers of more than 63 bytes written from their start, the way
// vectors and string builders fill them: pushes, appends, realloc growth,
// library reads of the written part, copies of partly written buffers, and
// a buffer written with a gap that is filled later. Every read is of
// written bytes: no report in any mode.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
    unsigned *items;
    size_t len, cap;
};

static void push(struct vec *v, unsigned x)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 20;
        v->items = realloc(v->items, v->cap * sizeof *v->items);
        if (!v->items)
            exit(2);
    }
    v->items[v->len++] = x;
}

int main(void)
{
    struct vec v = {0, 0, 0};
    unsigned long sum = 0;
    for (unsigned i = 0; i < 1000; i++) {
        push(&v, i * 2654435761u);
        sum += v.items[i / 2];
    }
    printf("vector %zu %zu %lu\n", v.len, v.cap, sum);

    char *s = malloc(300);
    if (!s)
        return 2;
    size_t len = 0;
    s[0] = '\0';
    for (int i = 0; i < 30; i++) {
        len += (size_t)sprintf(s + len, "%d,", i * i);
        if (strlen(s) != len)
            return 1;
    }
    char *t = malloc(300);
    if (!t)
        return 2;
    memcpy(t, s, 250); /* past the string: the copy carries which bytes are written */
    printf("string %zu %d %.20s\n", strlen(t), strcmp(s, t), t + 40);

    char *g = malloc(128);
    if (!g)
        return 2;
    memset(g, 'a', 64);
    memset(g + 96, 'c', 32); /* a gap at [64, 96) */
    printf("runs %c %c %d\n", g[63], g[100], memcmp(g, g + 1, 60));
    memset(g + 64, 'b', 32); /* the gap filled: whole */
    unsigned long h = 0;
    for (int i = 0; i < 128; i++)
        h = h * 31 + (unsigned char)g[i];
    printf("filled %lu\n", h);

    g = realloc(g, 512); /* grown: the old 128 bytes stay written */
    for (int i = 128; i < 200; i++)
        g[i] = 'd';
    printf("grown %.4s %.4s %c\n", g + 60, g + 124, g[199]);

    free(v.items);
    free(s);
    free(t);
    free(g);
    return 0;
}
/* EXPECT-STDOUT:
vector 1000 1280 2145248974300
string 106 0 9,196,225,256,289,32
runs a c 0
filled 15413354194925833728
grown aaaa cccc d
*/
