#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double average(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return count ? s / count : 0;
}

/* sentinel-terminated list of strings */
static size_t total_len(const char *first, ...) {
    va_list ap;
    size_t n = 0;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *))
        for (const char *p = s; *p; p++) n++;
    va_end(ap);
    return n;
}

/* mixed types described by a format string */
static void show(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'l': printf("l:%ld ", va_arg(ap, long)); break;
        case 'd': printf("d:%g ", va_arg(ap, double)); break;
        case 's': printf("s:%s ", va_arg(ap, char *)); break;
        case 'c': printf("c:%c ", va_arg(ap, int)); break;
        case 'p': { int *p = va_arg(ap, int *); printf("p->%d ", *p); break; }
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    printf("sum=%d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(6, 10, -20, 30, -40, 50, 60));
    printf("avg=%.3f\n", average(4, 1.0, 2.5, 3.5, 10.0));
    float f = 1.5f;
    printf("avg promoted float=%.3f\n", average(2, f, 2.5));
    printf("total_len=%zu\n", total_len("abc", "de", "", "fghij", (char *)NULL));
    int target = 77;
    char ch = 'Z';
    short sh = -5;
    show("ildscpi", 7, 1L << 40, 0.25, "str", ch, &target, sh);
    return 0;
}

/* EXPECT-STDOUT:
sum=0 6 90
avg=4.250
avg promoted float=2.000
total_len=10
i:7 l:1099511627776 d:0.25 s:str c:Z p->77 i:-5 
*/
