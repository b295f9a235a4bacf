#include <stdio.h>

#define LOG(fmt, ...) printf("[log] " fmt "\n", ##__VA_ARGS__)
#define LOG2(...) printf("[log2] " __VA_ARGS__)
#define COUNT_ARGS(...) COUNT_ARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1)
#define COUNT_ARGS_(a, b, c, d, e, f, n, ...) n
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define SUM3(a, b, c) ((a) + (b) + (c))
#define APPLY(m, ...) m(__VA_ARGS__)
#define NAMED(args...) printf("named: " args)
#define STRS(...) #__VA_ARGS__

static int sum_n(int n, ...);
#include <stdarg.h>
static int sum_n(int n, ...) {
    va_list ap; va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
#define SUM(...) sum_n(COUNT_ARGS(__VA_ARGS__), __VA_ARGS__)

int main(void) {
    LOG("no args");
    LOG("one arg %d", 1);
    LOG("two args %d %s", 2, "two");
    LOG2("plain %d\n", 5);
    printf("counts: %d %d %d %d\n", COUNT_ARGS(a), COUNT_ARGS(a, b), COUNT_ARGS(a, b, c, d), COUNT_ARGS(1, 2, 3, 4, 5, 6));
    printf("first=%d\n", FIRST(7, 8, 9));
    printf("apply=%d\n", APPLY(SUM3, 1, 2, 3));
    printf("rest sum=%d\n", APPLY(SUM3, REST(0, 10, 20, 30)));
    NAMED("%s %d\n", "gnu", 3);
    printf("strs=%s\n", STRS(a, b,   c));
    printf("SUM=%d %d %d\n", SUM(5), SUM(1, 2), SUM(1, 2, 3, 4, 5));
    return 0;
}

/* EXPECT-STDOUT:
[log] no args
[log] one arg 1
[log] two args 2 two
[log2] plain 5
counts: 1 2 4 6
first=7
apply=6
rest sum=60
named: gnu 3
strs=a, b, c
SUM=5 3 15
*/
