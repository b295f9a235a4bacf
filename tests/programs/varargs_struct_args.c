#include <stdio.h>
#include <stdarg.h>

struct pt { int x, y; };
struct big { double a, b, c; long tag; };
struct tiny { char c; };

static void print_points(int n, ...) {
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        struct pt p = va_arg(ap, struct pt);
        printf("(%d,%d)", p.x, p.y);
    }
    va_end(ap);
    printf("\n");
}

static double sum_bigs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) {
        struct big b = va_arg(ap, struct big);
        s += b.a + b.b + b.c;
        printf("big tag=%ld\n", b.tag);
    }
    va_end(ap);
    return s;
}

/* mix of ints, doubles, structs, pointers; many args to spill past registers */
static void mixed(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': printf("%d ", va_arg(ap, int)); break;
        case 'd': printf("%.2f ", va_arg(ap, double)); break;
        case 'p': { struct pt p = va_arg(ap, struct pt); printf("pt(%d,%d) ", p.x, p.y); break; }
        case 't': { struct tiny t = va_arg(ap, struct tiny); printf("tiny(%c) ", t.c); break; }
        case 'L': printf("%Lg ", va_arg(ap, long double)); break;
        case 's': printf("%s ", va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    struct pt a = {1, 2}, b = {-3, 4};
    print_points(3, a, b, (struct pt){5, 6});
    struct big b1 = {1.5, 2.5, 3.0, 11}, b2 = {0.25, 0.25, 0.5, 22};
    printf("sum_bigs=%g\n", sum_bigs(2, b1, b2));
    struct tiny t = {'T'};
    mixed("idpidtLsiiiiiddddd", 1, 2.5, a, 3, 4.75, t, (long double)1.25L, "str", 10, 11, 12, 13, 14,
          0.5, 1.5, 2.5, 3.5, 4.5);
    return 0;
}

/* EXPECT-STDOUT:
(1,2)(-3,4)(5,6)
big tag=11
big tag=22
sum_bigs=8
1 2.50 pt(1,2) 3 4.75 tiny(T) 1.25 str 10 11 12 13 14 0.50 1.50 2.50 3.50 4.50 
*/
