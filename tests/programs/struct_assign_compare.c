#include <stdio.h>
#include <string.h>

struct rec { int id; char name[10]; double vals[3]; struct { short lo, hi; } range; };

static int rec_equal(const struct rec *a, const struct rec *b) {
    return a->id == b->id && strcmp(a->name, b->name) == 0 && a->vals[0] == b->vals[0] &&
           a->vals[1] == b->vals[1] && a->vals[2] == b->vals[2] && a->range.lo == b->range.lo &&
           a->range.hi == b->range.hi;
}

static void print(const char *tag, const struct rec *r) {
    printf("%s: id=%d name=%s vals=%g,%g,%g range=%d..%d\n", tag, r->id, r->name, r->vals[0], r->vals[1],
           r->vals[2], r->range.lo, r->range.hi);
}

int main(void) {
    struct rec a;
    memset(&a, 0, sizeof a);
    a.id = 1;
    strcpy(a.name, "first");
    a.vals[0] = 1.5; a.vals[1] = -2; a.vals[2] = 1e3;
    a.range.lo = -5; a.range.hi = 5;
    struct rec b = a;              /* struct copy */
    print("a", &a);
    print("b", &b);
    printf("equal=%d\n", rec_equal(&a, &b));
    b.name[0] = 'F';
    b.vals[2] = 0;
    printf("after change equal=%d\n", rec_equal(&a, &b));
    print("a", &a);
    print("b", &b);
    struct rec arr[3];
    memset(arr, 0, sizeof arr);
    arr[0] = a;
    arr[2] = arr[0];
    arr[2].id = 3;
    arr[1] = (struct rec){.id = 2, .name = "lit", .range = {1, 2}};
    for (int i = 0; i < 3; i++) print("arr", &arr[i]);
    /* swap structs */
    struct rec tmp = arr[0]; arr[0] = arr[2]; arr[2] = tmp;
    printf("after swap ids: %d %d %d\n", arr[0].id, arr[1].id, arr[2].id);
    /* nested anonymous struct assignment */
    a.range = b.range;
    a.range.hi = 99;
    printf("a.range=%d..%d b.range=%d..%d\n", a.range.lo, a.range.hi, b.range.lo, b.range.hi);
    /* assignment through pointer and return value of assignment */
    struct rec *p = &arr[1];
    struct rec c = *p = a;
    printf("c.id=%d arr[1].id=%d\n", c.id, arr[1].id);
    return 0;
}

/* EXPECT-STDOUT:
a: id=1 name=first vals=1.5,-2,1000 range=-5..5
b: id=1 name=first vals=1.5,-2,1000 range=-5..5
equal=1
after change equal=0
a: id=1 name=first vals=1.5,-2,1000 range=-5..5
b: id=1 name=First vals=1.5,-2,0 range=-5..5
arr: id=1 name=first vals=1.5,-2,1000 range=-5..5
arr: id=2 name=lit vals=0,0,0 range=1..2
arr: id=3 name=first vals=1.5,-2,1000 range=-5..5
after swap ids: 3 2 1
a.range=-5..99 b.range=-5..5
c.id=1 arr[1].id=1
*/
