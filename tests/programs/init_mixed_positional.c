#include <stdio.h>

struct rec { int a, b, c, d, e; };
struct inner { int x, y; };
struct outer { int head; struct inner in; int arr[3]; int tail; };

int main(void) {
    struct rec r1 = {1, 2, .d = 4, 5};          /* e follows d */
    struct rec r2 = {.c = 3, 4, 5, .a = 1};      /* d,e follow c; b is zero */
    struct rec r3 = {.e = 5, .a = 1, 2, 3};      /* b,c follow a */
    printf("r1 %d %d %d %d %d\n", r1.a, r1.b, r1.c, r1.d, r1.e);
    printf("r2 %d %d %d %d %d\n", r2.a, r2.b, r2.c, r2.d, r2.e);
    printf("r3 %d %d %d %d %d\n", r3.a, r3.b, r3.c, r3.d, r3.e);
    struct outer o1 = {1, {2, 3}, {4, 5, 6}, 7};
    struct outer o2 = {.in.y = 9, 10, 11, 12};   /* continues after in.y: arr[0..] via brace elision */
    struct outer o3 = {.arr = {[1] = 5}, 99};    /* tail after arr */
    struct outer o4 = {.in = {.y = 1}, .arr[2] = 3, .head = -1};
    struct outer *all[] = {&o1, &o2, &o3, &o4};
    for (int i = 0; i < 4; i++) {
        struct outer *o = all[i];
        printf("o%d head=%d in=(%d,%d) arr=%d,%d,%d tail=%d\n", i + 1, o->head, o->in.x, o->in.y,
               o->arr[0], o->arr[1], o->arr[2], o->tail);
    }
    int arr[6] = {1, [3] = 4, 5, [1] = 2};
    for (int i = 0; i < 6; i++) printf("%d ", arr[i]);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
r1 1 2 0 4 5
r2 1 0 3 4 5
r3 1 2 3 0 5
o1 head=1 in=(2,3) arr=4,5,6 tail=7
o2 head=0 in=(0,9) arr=10,11,12 tail=0
o3 head=0 in=(0,0) arr=0,5,0 tail=99
o4 head=-1 in=(0,1) arr=0,0,3 tail=0
1 2 0 4 5 0 
*/
