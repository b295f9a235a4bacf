// container_of on a non-array member: a pointer to the member gives back the
// enclosing struct (the member pointer keeps the whole object's window).
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

struct timer {
    long expires;
};

struct request {
    int id;
    char name[12];
    struct timer t;
    double weight;
};

static void fire(struct timer *t)
{
    struct request *r = container_of(t, struct request, t);
    printf("request %d (%s) expires %ld weight %.2f\n", r->id, r->name, t->expires, r->weight);
}

int main(void)
{
    struct request *r = malloc(sizeof *r);
    r->id = 7;
    snprintf(r->name, sizeof r->name, "fetch");
    r->t.expires = 1000;
    r->weight = 0.5;
    fire(&r->t);
    struct request local = {8, "local", {2000}, 1.25};
    fire(&local.t);
    struct timer *wp = &local.t;
    double *dp = &container_of(wp, struct request, t)->weight;
    printf("%.2f\n", *dp);
    free(r);
    return 0;
}
/* EXPECT-STDOUT:
request 7 (fetch) expires 1000 weight 0.50
request 8 (local) expires 2000 weight 1.25
1.25
*/
