// A larger struct accessed through a pointer to its header type (common
// initial sequence, like struct sockaddr / sockaddr_in): always inside the object.
#include <stdio.h>
#include <stdlib.h>

struct shape {
    int kind;
};

struct circle {
    struct shape base;
    double r;
};

struct rect {
    struct shape base;
    double w, h;
};

static double area(const struct shape *s)
{
    if (s->kind == 1) {
        const struct circle *c = (const struct circle *)s;
        return 3.0 * c->r * c->r;
    }
    const struct rect *r = (const struct rect *)s;
    return r->w * r->h;
}

int main(void)
{
    struct circle *c = malloc(sizeof *c);
    c->base.kind = 1;
    c->r = 2.0;
    struct rect r = {{2}, 3.0, 4.0};
    const struct shape *shapes[2] = {&c->base, (struct shape *)&r};
    for (int i = 0; i < 2; i++)
        printf("%.1f\n", area(shapes[i]));
    free(c);
    return 0;
}
/* EXPECT-STDOUT:
12.0
12.0
*/
