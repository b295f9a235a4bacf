#include <stdio.h>

static int max_i(int a, int b) { return a > b ? a : b; }
static long max_l(long a, long b) { return a > b ? a : b; }
static unsigned max_u(unsigned a, unsigned b) { return a > b ? a : b; }
static double max_d(double a, double b) { return a > b ? a : b; }
static float max_f(float a, float b) { return a > b ? a : b; }

#define gmax(a, b) _Generic((a) + (b), int: max_i, long: max_l, unsigned: max_u, float: max_f, default: max_d)((a), (b))

#define FMT(x) _Generic((x), int: "%d", long: "%ld", unsigned: "%u", float: "%g", double: "%g", \
    char *: "%s", const char *: "%s", default: "<?>")
#define PRINT(x) do { printf("%-12s -> ", #x); printf(FMT(x), x); printf("\n"); } while (0)

#define is_const_ptr(p) _Generic((p), const int *: 1, const char *: 1, default: 0)
#define elem_size(arr) _Generic(&(arr)[0], int *: sizeof(int), double *: sizeof(double), default: (size_t)0)

struct vec2 { double x, y; };
static struct vec2 vadd(struct vec2 a, struct vec2 b) { return (struct vec2){a.x + b.x, a.y + b.y}; }
static double dadd(double a, double b) { return a + b; }
#define add(a, b) _Generic((a), struct vec2: vadd, default: dadd)((a), (b))

int main(void) {
    printf("gmax int=%d long=%ld unsigned=%u double=%g float=%g\n", gmax(3, 7), gmax(5L, 2), gmax(4u, 9u), gmax(1.5, 2),
           (double)gmax(2.5f, 1.0f));
    PRINT(42);
    PRINT(42L);
    PRINT(42u);
    PRINT(1.5f);
    PRINT(2.25);
    PRINT("string");
    PRINT('c');
    const int ci = 1;
    int i = 2;
    printf("is_const_ptr: %d %d\n", is_const_ptr(&ci), is_const_ptr(&i));
    int ia[4];
    double da[4];
    char ca[4];
    ia[0] = 0; da[0] = 0; ca[0] = 0;
    printf("elem_size: %zu %zu %zu\n", elem_size(ia), elem_size(da), elem_size(ca));
    struct vec2 v = add(((struct vec2){1, 2}), ((struct vec2){3, 4}));
    printf("vadd=(%g,%g) dadd=%g\n", v.x, v.y, add(1.25, 2.5));
    /* _Generic on qualified lvalue: lvalue conversion drops qualifiers */
    const volatile int cvi = 3;
    printf("cvi is int: %d\n", _Generic(cvi, int: 1, default: 0));
    return 0;
}

/* EXPECT-STDOUT:
gmax int=7 long=5 unsigned=9 double=2 float=2.5
42           -> 42
42L          -> 42
42u          -> 42
1.5f         -> 1.5
2.25         -> 2.25
"string"     -> string
'c'          -> 99
is_const_ptr: 1 0
elem_size: 4 8 0
vadd=(4,6) dadd=3.75
cvi is int: 1
*/
