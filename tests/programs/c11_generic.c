#include <stdio.h>

#define type_name(x) _Generic((x), \
    _Bool: "_Bool", char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    short: "short", unsigned short: "unsigned short", int: "int", unsigned: "unsigned", \
    long: "long", unsigned long: "unsigned long", long long: "long long", \
    unsigned long long: "unsigned long long", float: "float", double: "double", \
    long double: "long double", char *: "char *", const char *: "const char *", \
    int *: "int *", default: "other")

static void print_int(int x) { printf("int:%d\n", x); }
static void print_dbl(double x) { printf("double:%.2f\n", x); }
static void print_str(const char *x) { printf("string:%s\n", x); }
#define print(x) _Generic((x), int: print_int, double: print_dbl, char *: print_str, const char *: print_str)(x)

#define abs_val(x) _Generic((x), int: abs_i, long: abs_l, double: abs_d)(x)
static int abs_i(int x) { return x < 0 ? -x : x; }
static long abs_l(long x) { return x < 0 ? -x : x; }
static double abs_d(double x) { return x < 0 ? -x : x; }

int main(void) {
    char c = 0; unsigned char uc = 0; short s = 0; unsigned long ul = 0; float f = 0;
    int arr[3] = {0};
    const char *cs = "x";
    printf("%s %s %s %s %s\n", type_name(c), type_name(uc), type_name(s), type_name(ul), type_name(f));
    printf("%s %s %s %s\n", type_name('a'), type_name(1 + 1L), type_name(1.0f * 2), type_name(1.0L));
    printf("%s %s %s\n", type_name(arr), type_name(cs), type_name("lit"));
    printf("%s %s %s\n", type_name(c + c), type_name(uc + 1u), type_name((_Bool)1));
    printf("%s %s\n", type_name(s++), type_name(&arr));
    print(42);
    print(2.5);
    print("hello");
    printf("%d %ld %.1f\n", abs_val(-3), abs_val(-40L), abs_val(-1.5));
    /* controlling expression not evaluated */
    int k = 0;
    (void)_Generic(k++, int: 0, default: 1);
    printf("k=%d s=%d\n", k, s);
    return 0;
}

/* EXPECT-STDOUT:
char unsigned char short unsigned long float
int long float long double
int * const char * char *
int unsigned _Bool
short other
int:42
double:2.50
string:hello
3 40 1.5
k=0 s=0
*/
