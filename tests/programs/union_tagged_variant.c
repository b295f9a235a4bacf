#include <stdio.h>
#include <string.h>

enum vtype { V_INT, V_DBL, V_STR, V_PAIR };
struct value;
struct pair { int a, b; };
struct value {
    enum vtype type;
    union { long i; double d; char s[16]; struct pair p; } as;
};

static struct value vint(long i) { struct value v; memset(&v, 0, sizeof v); v.type = V_INT; v.as.i = i; return v; }
static struct value vdbl(double d) { struct value v; memset(&v, 0, sizeof v); v.type = V_DBL; v.as.d = d; return v; }
static struct value vstr(const char *s) {
    struct value v; memset(&v, 0, sizeof v); v.type = V_STR;
    strncpy(v.as.s, s, sizeof v.as.s - 1);
    return v;
}
static struct value vpair(int a, int b) { struct value v = {.type = V_PAIR, .as.p = {a, b}}; return v; }

static void print(const struct value *v) {
    switch (v->type) {
    case V_INT: printf("int(%ld)", v->as.i); break;
    case V_DBL: printf("dbl(%g)", v->as.d); break;
    case V_STR: printf("str(\"%s\")", v->as.s); break;
    case V_PAIR: printf("pair(%d,%d)", v->as.p.a, v->as.p.b); break;
    }
}

static struct value add(struct value a, struct value b) {
    if (a.type == V_INT && b.type == V_INT) return vint(a.as.i + b.as.i);
    if ((a.type == V_INT || a.type == V_DBL) && (b.type == V_INT || b.type == V_DBL)) {
        double x = a.type == V_INT ? (double)a.as.i : a.as.d;
        double y = b.type == V_INT ? (double)b.as.i : b.as.d;
        return vdbl(x + y);
    }
    if (a.type == V_STR && b.type == V_STR) {
        struct value r = a;
        strncat(r.as.s, b.as.s, sizeof r.as.s - strlen(r.as.s) - 1);
        return r;
    }
    if (a.type == V_PAIR && b.type == V_PAIR) return vpair(a.as.p.a + b.as.p.a, a.as.p.b + b.as.p.b);
    return vstr("<type error>");
}

int main(void) {
    struct value vals[] = {vint(40), vint(2), vdbl(0.5), vstr("foo"), vstr("barbazquux"), vpair(1, 2), vpair(10, 20)};
    int pairs[][2] = {{0, 1}, {0, 2}, {2, 2}, {3, 4}, {4, 4}, {5, 6}, {3, 0}};
    for (int i = 0; i < 7; i++) {
        struct value r = add(vals[pairs[i][0]], vals[pairs[i][1]]);
        print(&vals[pairs[i][0]]); printf(" + "); print(&vals[pairs[i][1]]); printf(" = "); print(&r); printf("\n");
    }
    printf("sizeof value=%zu\n", sizeof(struct value));
    return 0;
}

/* EXPECT-STDOUT:
int(40) + int(2) = int(42)
int(40) + dbl(0.5) = dbl(40.5)
dbl(0.5) + dbl(0.5) = dbl(1)
str("foo") + str("barbazquux") = str("foobarbazquux")
str("barbazquux") + str("barbazquux") = str("barbazquuxbarba")
pair(1,2) + pair(10,20) = pair(11,22)
str("foo") + int(40) = str("<type error>")
sizeof value=24
*/
