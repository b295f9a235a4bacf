#include <stdio.h>

typedef int (*pred_fn)(int value, void *ctx);
typedef void (*emit_fn)(int value, void *ctx);

static int filter_map(const int *in, int n, pred_fn pred, void *pctx, emit_fn emit, void *ectx) {
    int count = 0;
    for (int i = 0; i < n; i++)
        if (pred(in[i], pctx)) { emit(in[i], ectx); count++; }
    return count;
}

static int greater_than(int v, void *ctx) { return v > *(int *)ctx; }
static int divisible_by(int v, void *ctx) { return v % *(int *)ctx == 0; }

struct collector { int items[32]; int n; };
static void collect(int v, void *ctx) {
    struct collector *c = ctx;
    c->items[c->n++] = v;
}
static void print_it(int v, void *ctx) { printf("%s%d", (const char *)ctx, v); }

static void repeat(int times, void (*fn)(int)) { for (int i = 0; i < times; i++) fn(i); }
static void square_print(int i) { printf("%d ", i * i); }

static double integrate(double (*f)(double), double a, double b, int steps) {
    double h = (b - a) / steps, s = 0.0;
    for (int i = 0; i < steps; i++) {
        double x = a + (i + 0.5) * h;
        s += f(x);
    }
    return s * h;
}
static double sq(double x) { return x * x; }
static double cube(double x) { return x * x * x; }

int main(void) {
    int data[] = {5, 12, 7, 30, 18, 3, 21, 42, 9};
    int n = sizeof data / sizeof data[0];
    int threshold = 10;
    struct collector col = {{0}, 0};
    int c = filter_map(data, n, greater_than, &threshold, collect, &col);
    printf("count=%d:", c);
    for (int i = 0; i < col.n; i++) printf(" %d", col.items[i]);
    printf("\n");
    int div = 3;
    c = filter_map(data, n, divisible_by, &div, print_it, (void *)" ~");
    printf("\ncount=%d\n", c);
    repeat(6, square_print);
    printf("\n");
    printf("int x^2 [0,3]=%.6f\n", integrate(sq, 0, 3, 1000));
    printf("int x^3 [0,2]=%.6f\n", integrate(cube, 0, 2, 1000));
    return 0;
}

/* EXPECT-STDOUT:
count=5: 12 30 18 21 42
 ~12 ~30 ~18 ~3 ~21 ~42 ~9
count=7
0 1 4 9 16 25 
int x^2 [0,3]=8.999998
int x^3 [0,2]=3.999998
*/
