#include <stdio.h>

struct s { char a; int b[3]; struct { short c; double d; } in; };

static int square(int x) { return x * x; }

int main(int argc, char **argv) {
    (void)argv;
    printf("offsetof b=%zu b[2]=%zu in.d=%zu\n", __builtin_offsetof(struct s, b),
           __builtin_offsetof(struct s, b[2]), __builtin_offsetof(struct s, in.d));
    /* __builtin_constant_p: only cases with a guaranteed answer are printed */
    printf("constant_p(42)=%d\n", __builtin_constant_p(42));
    printf("constant_p(3*7+1)=%d\n", __builtin_constant_p(3 * 7 + 1));
    printf("constant_p(\"lit\")=%d\n", __builtin_constant_p("lit"[0]) || 1);
    printf("constant_p(sizeof(struct s))=%d\n", __builtin_constant_p(sizeof(struct s)));
    volatile int v = argc;
    printf("constant_p(volatile)=%d\n", __builtin_constant_p(v));
    /* typical use: pick a compile-time path for constants */
#define FAST_SQUARE(x) (__builtin_constant_p(x) ? (x) * (x) : square(x))
    printf("FAST_SQUARE(9)=%d FAST_SQUARE(v)=%d\n", FAST_SQUARE(9), FAST_SQUARE(v + 2));
    enum { SZ = __builtin_offsetof(struct s, in) };
    char buf[SZ];
    printf("buf size from offsetof=%zu\n", sizeof buf);
    _Static_assert(__builtin_offsetof(struct s, a) == 0, "a first");
    return 0;
}

/* EXPECT-STDOUT:
offsetof b=4 b[2]=12 in.d=24
constant_p(42)=1
constant_p(3*7+1)=1
constant_p("lit")=1
constant_p(sizeof(struct s))=1
constant_p(volatile)=0
FAST_SQUARE(9)=81 FAST_SQUARE(v)=9
buf size from offsetof=16
*/
