#include <stdio.h>
#include <stddef.h>

struct vec3 {
    union {
        struct { float x, y, z; };
        struct { float r, g, b; };
        float v[3];
    };
};

struct tagged {
    int kind;
    union {
        int ival;
        double dval;
        struct { short lo, hi; };
    };
    struct {
        unsigned flags;
        char label[8];
    };
};

int main(void) {
    struct vec3 c = {.x = 1.0f, .y = 2.0f, .z = 3.0f};
    printf("xyz=%g %g %g rgb=%g %g %g v=%g %g %g\n", (double)c.x, (double)c.y, (double)c.z,
           (double)c.r, (double)c.g, (double)c.b, (double)c.v[0], (double)c.v[1], (double)c.v[2]);
    c.v[1] = 9.5f;
    printf("g=%g sizeof vec3=%zu\n", (double)c.g, sizeof c);
    struct tagged t = {.kind = 1, .ival = 0, .flags = 5, .label = "int"};
    t.ival = 42;
    printf("kind=%d ival=%d flags=%u label=%s\n", t.kind, t.ival, t.flags, t.label);
    t.kind = 2;
    t.dval = 2.75;
    printf("kind=%d dval=%g\n", t.kind, t.dval);
    t.kind = 3;
    t.lo = -1;
    t.hi = 7;
    printf("kind=%d lo=%d hi=%d\n", t.kind, t.lo, t.hi);
    printf("offsetof ival=%zu dval=%zu hi=%zu flags=%zu label=%zu size=%zu\n",
           offsetof(struct tagged, ival), offsetof(struct tagged, dval), offsetof(struct tagged, hi),
           offsetof(struct tagged, flags), offsetof(struct tagged, label), sizeof(struct tagged));
    struct tagged u = t;
    printf("copy lo=%d hi=%d label=%s\n", u.lo, u.hi, u.label);
    return 0;
}

/* EXPECT-STDOUT:
xyz=1 2 3 rgb=1 2 3 v=1 2 3
g=9.5 sizeof vec3=12
kind=1 ival=42 flags=5 label=int
kind=2 dval=2.75
kind=3 lo=-1 hi=7
offsetof ival=8 dval=8 hi=10 flags=16 label=20 size=32
copy lo=-1 hi=7 label=int
*/
