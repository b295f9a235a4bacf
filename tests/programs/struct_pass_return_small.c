#include <stdio.h>

struct v2 { int x, y; };
struct pair { char c; short s; };
struct fpair { float a, b; };
struct mixed { int i; double d; };
struct one { long v; };

static struct v2 v2_add(struct v2 a, struct v2 b) { return (struct v2){a.x + b.x, a.y + b.y}; }
static struct v2 v2_scale(struct v2 a, int k) { a.x *= k; a.y *= k; return a; }
static struct pair make_pair(char c, short s) { struct pair p = {c, s}; return p; }
static struct fpair fswap(struct fpair p) { return (struct fpair){p.b, p.a}; }
static struct mixed mix(struct mixed m) { m.i++; m.d *= 2; return m; }
static struct one one_inc(struct one o) { o.v++; return o; }
static int dot(struct v2 a, struct v2 b) { return a.x * b.x + a.y * b.y; }

int main(void) {
    struct v2 a = {1, 2}, b = {3, -4};
    struct v2 c = v2_add(a, b);
    printf("add=(%d,%d)\n", c.x, c.y);
    struct v2 d = v2_scale(c, 5);
    printf("scale=(%d,%d) orig c=(%d,%d)\n", d.x, d.y, c.x, c.y);
    printf("dot=%d\n", dot(a, v2_add(b, b)));
    printf("chain=(%d,%d)\n", v2_add(v2_scale(a, 3), v2_scale(b, 2)).x, v2_add(v2_scale(a, 3), v2_scale(b, 2)).y);
    struct pair p = make_pair('Q', -300);
    printf("pair=%c,%d\n", p.c, p.s);
    struct fpair f = fswap((struct fpair){1.5f, -2.25f});
    printf("fpair=%g,%g\n", (double)f.a, (double)f.b);
    struct mixed m = mix((struct mixed){41, 1.25});
    printf("mixed=%d,%g\n", m.i, m.d);
    struct one o = {99};
    for (int i = 0; i < 3; i++) o = one_inc(o);
    printf("one=%ld\n", o.v);
    struct v2 arr[3];
    for (int i = 0; i < 3; i++) arr[i] = v2_scale(a, i + 1);
    printf("arr=(%d,%d)(%d,%d)(%d,%d)\n", arr[0].x, arr[0].y, arr[1].x, arr[1].y, arr[2].x, arr[2].y);
    return 0;
}

/* EXPECT-STDOUT:
add=(4,-2)
scale=(20,-10) orig c=(4,-2)
dot=-10
chain=(9,-2)
pair=Q,-300
fpair=-2.25,1.5
mixed=42,2.5
one=102
arr=(1,2)(2,4)(3,6)
*/
