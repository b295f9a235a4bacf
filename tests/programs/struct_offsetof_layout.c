#include <stdio.h>
#include <stddef.h>

struct inner { char a; double b; };
struct outer {
    char tag;
    struct inner in;
    short arr[5];
    struct inner many[3];
    long tail;
};
union u { char c; struct inner in; int arr[3]; };

#define OFF(T, m) printf("%-18s %3zu\n", #T "." #m, offsetof(T, m))

int main(void) {
    OFF(struct outer, tag);
    OFF(struct outer, in);
    OFF(struct outer, in.b);
    OFF(struct outer, arr);
    OFF(struct outer, arr[3]);
    OFF(struct outer, many);
    OFF(struct outer, many[2].b);
    OFF(struct outer, tail);
    OFF(union u, in.b);
    OFF(union u, arr[2]);
    printf("sizeof outer=%zu inner=%zu u=%zu\n", sizeof(struct outer), sizeof(struct inner), sizeof(union u));
    /* offsetof used to build generic field access */
    struct outer o = {0};
    o.many[1].b = 6.5;
    o.arr[4] = 17;
    size_t offs[] = {offsetof(struct outer, many[1].b), offsetof(struct outer, arr[4])};
    double dv = *(double *)((char *)&o + offs[0]);
    short sv = *(short *)((char *)&o + offs[1]);
    printf("generic access: %g %d\n", dv, sv);
    /* padding accounting */
    size_t payload = sizeof(char) + sizeof(struct inner) + sizeof(short) * 5 + sizeof(struct inner) * 3 + sizeof(long);
    printf("payload=%zu padding=%zu\n", payload, sizeof(struct outer) - payload);
    printf("builtin offsetof=%zu\n", __builtin_offsetof(struct outer, many[1]));
    return 0;
}

/* EXPECT-STDOUT:
struct outer.tag     0
struct outer.in      8
struct outer.in.b   16
struct outer.arr    24
struct outer.arr[3]  30
struct outer.many   40
struct outer.many[2].b  80
struct outer.tail   88
union u.in.b         8
union u.arr[2]       8
sizeof outer=96 inner=16 u=16
generic access: 6.5 17
payload=83 padding=13
builtin offsetof=56
*/
