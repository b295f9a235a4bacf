// Struct assignments between heap records copy what was written: a
// partly written record copied and then completed, copies of whole
// records (which make a tracked destination whole), element copies in a
// loop, a copy from a local, and a nested member copy.
#include <stdio.h>
#include <stdlib.h>

struct inner {
    short a;
    long b;
};

struct rec {
    int id;
    int score;
    struct inner in;
};

int main(void)
{
    struct rec *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    struct rec *v = malloc(4 * sizeof *v), *w = malloc(4 * sizeof *w);
    if (!a || !b || !v || !w)
        return 2;
    a->id = 1;
    *b = *a;
    b->score = 5;
    b->in.a = 2;
    b->in.b = 3;
    printf("%d %d %d %ld\n", b->id, b->score, b->in.a, b->in.b);
    *a = *b;
    printf("%d %d\n", a->score, a->in.a);
    for (int i = 0; i < 4; i++) {
        v[i].id = i;
        v[i].score = i * i;
        v[i].in.a = (short)-i;
        v[i].in.b = 100 + i;
    }
    for (int i = 0; i < 4; i++)
        w[3 - i] = v[i];
    long s = 0;
    for (int i = 0; i < 4; i++)
        s += w[i].id * 1000 + w[i].score * 10 + w[i].in.a + w[i].in.b;
    printf("%ld\n", s);
    struct rec local = {9, 8, {7, 6}};
    w[0] = local;
    w[1].in = a->in;
    printf("%d %ld %d %ld\n", w[0].id, w[0].in.b, w[1].in.a, w[1].in.b);
    free(a);
    free(b);
    free(v);
    free(w);
    return 0;
}
/* EXPECT-STDOUT:
1 5 2 3
5 2
6540
9 6 2 3
*/
