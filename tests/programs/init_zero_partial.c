#include <stdio.h>

struct s { int a; double b; char c[4]; int *p; struct { long x, y; } in; };

static struct s global_s;
static int global_arr[5];
static struct s global_partial = {1};

int main(void) {
    struct s local = {0};
    struct s partial = {.b = 2.5};
    int arr[6] = {1, 2};
    char str[8] = {'x'};
    double d[3] = {0};
    struct s arrs[3] = {[1] = {.a = 7}};
    printf("global_s: %d %g %d %d %d %ld %ld\n", global_s.a, global_s.b, global_s.c[0], global_s.c[3],
           global_s.p == NULL, global_s.in.x, global_s.in.y);
    printf("global_arr:");
    for (int i = 0; i < 5; i++) printf(" %d", global_arr[i]);
    printf("\nglobal_partial: %d %g %d\n", global_partial.a, global_partial.b, global_partial.p == NULL);
    printf("local: %d %g %d %d %ld\n", local.a, local.b, local.c[2], local.p == NULL, local.in.y);
    printf("partial: %d %g %d %d %ld\n", partial.a, partial.b, partial.c[0], partial.p == NULL, partial.in.x);
    printf("arr:");
    for (int i = 0; i < 6; i++) printf(" %d", arr[i]);
    printf("\nstr: %d %d %d\n", str[0], str[1], str[7]);
    printf("d: %g %g %g\n", d[0], d[1], d[2]);
    for (int i = 0; i < 3; i++) printf("arrs[%d]: %d %g %d\n", i, arrs[i].a, arrs[i].b, arrs[i].p == NULL);
    int big[100] = {[50] = 1};
    int nz = 0;
    for (int i = 0; i < 100; i++) nz += big[i] != 0;
    printf("big nonzero=%d\n", nz);
    int empty[4] = {};
    printf("empty: %d %d\n", empty[0], empty[3]);
    return 0;
}

/* EXPECT-STDOUT:
global_s: 0 0 0 0 1 0 0
global_arr: 0 0 0 0 0
global_partial: 1 0 1
local: 0 0 0 1 0
partial: 0 2.5 0 1 0
arr: 1 2 0 0 0 0
str: 120 0 0
d: 0 0 0
arrs[0]: 0 0 1
arrs[1]: 7 0 1
arrs[2]: 0 0 1
big nonzero=1
empty: 0 0
*/
