// qsort and bsearch with comparators over ints and structs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person {
    const char *name;
    int age;
};

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_name(const void *a, const void *b)
{
    const struct person *p = a, *q = b;
    return strcmp(p->name, q->name);
}

int main(void)
{
    int v[8] = {42, 7, 19, 3, 88, 23, 7, 1};
    qsort(v, 8, sizeof v[0], cmp_int);
    for (int i = 0; i < 8; i++)
        printf("%d ", v[i]);
    printf("\n");
    int key = 23;
    int *hit = bsearch(&key, v, 8, sizeof v[0], cmp_int);
    printf("found %d at %d\n", *hit, (int)(hit - v));
    key = 5;
    printf("missing %d\n", bsearch(&key, v, 8, sizeof v[0], cmp_int) == NULL);
    struct person *ps = malloc(3 * sizeof *ps);
    ps[0] = (struct person){"carol", 35};
    ps[1] = (struct person){"alice", 30};
    ps[2] = (struct person){"bob", 25};
    qsort(ps, 3, sizeof *ps, cmp_name);
    for (int i = 0; i < 3; i++)
        printf("%s %d\n", ps[i].name, ps[i].age);
    struct person k = {"bob", 0};
    struct person *f = bsearch(&k, ps, 3, sizeof *ps, cmp_name);
    printf("bob is %d\n", f->age);
    free(ps);
    return 0;
}
/* EXPECT-STDOUT:
1 3 7 7 19 23 42 88 
found 23 at 5
missing 1
alice 30
bob 25
carol 35
bob is 25
*/
