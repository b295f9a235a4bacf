// va_copy to walk the arguments twice, and forwarding a va_list to vprintf
// and vsnprintf.
#include <stdarg.h>
#include <stdio.h>

static int sum_and_max(int n, ...)
{
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    int m = 0;
    for (int i = 0; i < n; i++) {
        int v = va_arg(ap2, int);
        if (i == 0 || v > m)
            m = v;
    }
    va_end(ap2);
    va_end(ap);
    return s * 100 + m;
}

static void logmsg(const char *level, const char *fmt, ...)
{
    va_list ap;
    printf("[%s] ", level);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

static int fmt_to(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

int main(void)
{
    printf("%d\n", sum_and_max(4, 3, 9, 2, 5));
    logmsg("info", "%s has %d items (%.1f%%)\n", "cart", 3, 42.5);
    char buf[10];
    int r = fmt_to(buf, sizeof buf, "%s-%05d", "id", 77);
    printf("%d %s\n", r, buf);
    return 0;
}
/* EXPECT-STDOUT:
1909
[info] cart has 3 items (42.5%)
8 id-00077
*/
