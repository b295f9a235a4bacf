/* Struct locals copied by name carry the written state of their members:
 * reading the members that were written, directly or through copies, is
 * fine, and a member written after the copy counts as written. */
#include <stdio.h>

struct pt {
    int x, y;
    double w;
};

static struct pt make(int x) {
    struct pt r;
    r.x = x;
    r.y = 2 * x;
    r.w = x / 4.0;
    return r;
}

int main(void) {
    struct pt a;
    a.x = 3;
    struct pt b = a;
    b.y = 7;
    struct pt c;
    c = b;
    c.w = 1.5;
    printf("%d %d %d %.2f\n", a.x, b.x, c.y, c.w);
    struct pt d = make(5);
    struct pt e = d;
    printf("%d %d %.2f\n", e.x, e.y, e.w);
    struct pt f;
    if (e.x > 1)
        f = e;
    else
        f = d;
    printf("%d\n", f.y);
    return 0;
}

/* EXPECT-STDOUT:
3 3 7 1.50
5 10 1.25
10
*/
