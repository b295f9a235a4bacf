#include <stdio.h>

static int calls;
static int t(int id) { calls++; printf("t%d ", id); return 1; }
static int f(int id) { calls++; printf("f%d ", id); return 0; }

int main(void) {
    int r;
    r = t(1) && f(2) && t(3); printf("=> %d\n", r);
    r = f(1) && t(2); printf("=> %d\n", r);
    r = t(1) || t(2); printf("=> %d\n", r);
    r = f(1) || f(2) || t(3) || t(4); printf("=> %d\n", r);
    r = (t(1) && f(2)) || (f(3) || t(4)); printf("=> %d\n", r);
    r = !f(1) && !t(2); printf("=> %d\n", r);
    printf("calls=%d\n", calls);

    /* guard against null / out of range */
    int arr[3] = {5, 0, 7};
    int *p = 0;
    int idx = 5;
    if (p && *p) puts("never");
    else puts("null guarded");
    if (idx < 3 && arr[idx]) puts("never");
    else puts("index guarded");
    idx = 2;
    if (idx < 3 && arr[idx]) puts("arr[2] nonzero");

    /* side effects in conditions */
    int i = 0;
    int hits = 0;
    while (i < 10 && (++hits, i++ < 7)) ;
    printf("i=%d hits=%d\n", i, hits);
    int x = 0;
    int y = (x++ > 0) || (x++ > 0) || (x++ > 0);
    printf("x=%d y=%d\n", x, y);
    /* value of && || is 0/1 */
    printf("%d %d %d\n", 5 && 7, 0 || -3, 4 && 0);
    return 0;
}

/* EXPECT-STDOUT:
t1 f2 => 0
f1 => 0
t1 => 1
f1 f2 t3 => 1
t1 f2 f3 t4 => 1
f1 t2 => 0
calls=13
null guarded
index guarded
arr[2] nonzero
i=8 hits=8
x=2 y=1
1 1 0
*/
