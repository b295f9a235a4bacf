#include <stdio.h>

#define IS_SAME(a, b) __builtin_types_compatible_p(__typeof__(a), __typeof__(b))
#define IS_ARRAY(a) (!__builtin_types_compatible_p(__typeof__(a), __typeof__(&(a)[0])))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]) + 0 * sizeof(char[1 - 2 * !IS_ARRAY(a)]))

#define TYPE_NAME(x) __builtin_choose_expr(__builtin_types_compatible_p(__typeof__(x), int), "int", \
    __builtin_choose_expr(__builtin_types_compatible_p(__typeof__(x), double), "double", \
    __builtin_choose_expr(__builtin_types_compatible_p(__typeof__(x), char *), "char*", "other")))

#define ABS_ANY(x) __builtin_choose_expr(__builtin_types_compatible_p(__typeof__(x), double), \
    ((double)(x) < 0 ? -(double)(x) : (double)(x)), ((long)(x) < 0 ? -(long)(x) : (long)(x)))

typedef int myint;
struct a { int x; };
struct b { int x; };

int main(void) {
    int i = 0; double d = 0; char *s = NULL; long l = 0; myint mi = 0;
    int arr[7]; int *p = arr;
    (void)s;
    printf("int,int=%d int,long=%d int,myint=%d\n", IS_SAME(i, i), IS_SAME(i, l), IS_SAME(i, mi));
    printf("const ignored=%d\n", __builtin_types_compatible_p(const int, int));
    printf("struct a,b=%d\n", __builtin_types_compatible_p(struct a, struct b));
    printf("int[],int[5]=%d int*,int[5]=%d\n", __builtin_types_compatible_p(int[], int[5]),
           __builtin_types_compatible_p(int *, int[5]));
    printf("is_array arr=%d p=%d\n", IS_ARRAY(arr), IS_ARRAY(p));
    printf("ARRAY_SIZE(arr)=%zu\n", ARRAY_SIZE(arr));
    printf("names: %s %s %s %s\n", TYPE_NAME(i), TYPE_NAME(d), TYPE_NAME(s), TYPE_NAME(l));
    printf("abs: %ld %g\n", ABS_ANY(-5), ABS_ANY(-2.5));
    printf("sizeof choose: %zu %zu\n", sizeof(__builtin_choose_expr(1, (char)0, 0.0)),
           sizeof(__builtin_choose_expr(0, (char)0, 0.0)));
    arr[0] = 1; (void)p; (void)d;
    return 0;
}

/* EXPECT-STDOUT:
int,int=1 int,long=0 int,myint=1
const ignored=1
struct a,b=0
int[],int[5]=1 int*,int[5]=0
is_array arr=1 p=0
ARRAY_SIZE(arr)=7
names: int double char* other
abs: 5 2.5
sizeof choose: 1 8
*/
