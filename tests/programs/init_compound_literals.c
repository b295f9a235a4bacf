#include <stdio.h>

struct pt { int x, y; };

static int *file_scope_arr = (int[]){10, 20, 30, 40};
static struct pt *file_scope_pt = &(struct pt){7, 8};

static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int manhattan(struct pt a, struct pt b) {
    int dx = a.x - b.x, dy = a.y - b.y;
    return (dx < 0 ? -dx : dx) + (dy < 0 ? -dy : dy);
}
static struct pt mid(const struct pt *a, const struct pt *b) { return (struct pt){(a->x + b->x) / 2, (a->y + b->y) / 2}; }

int main(void) {
    printf("file arr sum=%d pt=(%d,%d)\n", sum(file_scope_arr, 4), file_scope_pt->x, file_scope_pt->y);
    file_scope_arr[1] = 25;
    file_scope_pt->y = 80;
    printf("after modify sum=%d pt.y=%d\n", sum(file_scope_arr, 4), file_scope_pt->y);
    printf("arg sum=%d\n", sum((int[]){1, 2, 3, 4, 5}, 5));
    printf("dist=%d\n", manhattan((struct pt){1, 1}, (struct pt){.y = -3, .x = 4}));
    struct pt m = mid(&(struct pt){0, 0}, &(struct pt){10, 20});
    printf("mid=(%d,%d)\n", m.x, m.y);
    /* compound literal as lvalue */
    (struct pt){1, 2}.x = 5;
    int *p = (int[3]){0};
    p[2] = 9;
    printf("p=%d %d %d\n", p[0], p[1], p[2]);
    struct pt *q = &(struct pt){3, 4};
    q->x += 100;
    printf("q=(%d,%d)\n", q->x, q->y);
    /* block scope: literal lifetime is enclosing block, each iteration new */
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int *arr = (int[]){i, i * 2, i * 3};
        total += sum(arr, 3);
    }
    printf("total=%d\n", total);
    /* const string compound literal */
    const char *s = (const char[]){"literal"};
    printf("s=%s\n", s);
    /* array of structs compound literal */
    struct pt *pts = (struct pt[]){{1, 2}, {3, 4}, [4] = {9, 9}};
    printf("pts[1]=(%d,%d) pts[3]=(%d,%d) pts[4]=(%d,%d)\n", pts[1].x, pts[1].y, pts[3].x, pts[3].y, pts[4].x, pts[4].y);
    printf("sizeof literal=%zu\n", sizeof((struct pt[]){{1, 2}, {3, 4}, [4] = {9, 9}}));
    return 0;
}

/* EXPECT-STDOUT:
file arr sum=100 pt=(7,8)
after modify sum=105 pt.y=80
arg sum=15
dist=7
mid=(5,10)
p=0 0 9
q=(103,4)
total=18
s=literal
pts[1]=(3,4) pts[3]=(0,0) pts[4]=(9,9)
sizeof literal=40
*/
