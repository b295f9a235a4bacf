#include <stdio.h>

#define SQUARE_ONCE(x) ({ __typeof__(x) _v = (x); _v * _v; })
#define SWAP(a, b) ({ __typeof__(a) _t = (a); (a) = (b); (b) = _t; (void)0; })
#define SUM_ARRAY(arr, n) ({ long _s = 0; for (int _i = 0; _i < (n); _i++) _s += (arr)[_i]; _s; })

static int calls;
static int next(void) { return ++calls; }

int main(void) {
    int r = SQUARE_ONCE(next());
    printf("square=%d calls=%d\n", r, calls);
    int a = 3, b = 4;
    SWAP(a, b);
    printf("a=%d b=%d\n", a, b);
    int arr[] = {5, 10, 15, 20};
    printf("sum=%ld\n", SUM_ARRAY(arr, 4));
    /* statement expression value is the last expression statement */
    int v = ({ int x = 10; int y = 20; x + y; });
    printf("v=%d\n", v);
    /* used in conditions and nested */
    if (({ int t = v / 3; t > 5; })) printf("cond true\n");
    int nested = ({ int o = 1; o + ({ int i = 2; i * 10; }); });
    printf("nested=%d\n", nested);
    /* with loops and early computation */
    int firstneg = ({
        int idx = -1;
        int data[] = {4, 8, -2, 5, -9};
        for (int i = 0; i < 5; i++) if (data[i] < 0) { idx = i; break; }
        idx;
    });
    printf("firstneg=%d\n", firstneg);
    /* struct-typed statement expression */
    struct pt { int x, y; };
    struct pt p = ({ struct pt t = {1, 2}; t.x += 5; t; });
    printf("p=(%d,%d)\n", p.x, p.y);
    /* local labels inside statement expression */
    int found = ({
        __label__ done;
        int k = 0;
        for (; k < 100; k++) if (k * k > 50) goto done;
    done:
        k;
    });
    printf("found=%d\n", found);
    /* void statement expression */
    ({ printf("side effect only\n"); });
    return 0;
}

/* EXPECT-STDOUT:
square=1 calls=1
a=4 b=3
sum=50
v=30
cond true
nested=21
firstneg=2
p=(6,2)
found=8
side effect only
*/
