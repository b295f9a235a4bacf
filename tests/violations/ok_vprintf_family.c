// The v*printf family through va_lists made in safe code: forwarded through
// two levels, after va_arg consumed some arguments, '*' widths, precision-
// bounded strings without a NUL, exact-size destinations, and the
// (v)asprintf results used as ordinary heap blocks.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void vlog(const char *level, const char *fmt, va_list ap)
{
    printf("[%s] ", level);
    vprintf(fmt, ap);
}

static void logmsg(const char *level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog(level, fmt, ap);
    va_end(ap);
}

/* the first variadic argument is the format */
static void tagged(int tag, ...)
{
    va_list ap;
    va_start(ap, tag);
    const char *fmt = va_arg(ap, const char *);
    fprintf(stdout, "#%d ", tag);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
}

static int into(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

static int exact(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf(buf, fmt, ap);
    va_end(ap);
    return r;
}

static char *fmt_new(const char *fmt, ...)
{
    va_list ap;
    char *r;
    va_start(ap, fmt);
    if (vasprintf(&r, fmt, ap) < 0)
        r = NULL;
    va_end(ap);
    return r;
}

static void to_fd(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vdprintf(fd, fmt, ap);
    va_end(ap);
}

int main(void)
{
    char word[5] = {'h', 'e', 'l', 'l', 'o'}; /* no NUL: printed with a precision */
    logmsg("info", "%s has %d items (%.1f%%)\n", "cart", 3, 42.5);
    logmsg("warn", "[%*d] [%-*s] [%.*s]\n", 6, 42, 5, "ab", 5, word);
    logmsg("debug", "no arguments\n");
    tagged(9, "%s=%ld %c\n", "key", 123456789012L, 'x');

    int need = into(NULL, 0, "%s-%05d", "id", 77);
    char *buf = malloc((size_t)need + 1);
    into(buf, (size_t)need + 1, "%s-%05d", "id", 77);
    printf("%d %s\n", need, buf);
    char small[4];
    printf("%d %s\n", into(small, sizeof small, "%d", 123456), small);
    char ex[8];
    printf("%d %s\n", exact(ex, "%s%d", "abc", 1234), ex);

    char *s = fmt_new("%s/%s", "usr", "lib");
    s = realloc(s, strlen(s) + 8);
    strcat(s, "/x86");
    printf("%s\n", s);
    free(s);
    char *t;
    int n = asprintf(&t, "%d+%d=%d", 2, 2, 4);
    t[0] = '5';
    printf("%d %s %zu\n", n, t, strlen(t));
    free(t);

    fflush(stdout);
    to_fd(1, "fd %s %d\n", "one", 1);
    return 0;
}
/* EXPECT-STDOUT:
[info] cart has 3 items (42.5%)
[warn] [    42] [ab   ] [hello]
[debug] no arguments
#9 key=123456789012 x
8 id-00077
6 123
7 abc1234
usr/lib/x86
5 5+2=4 5
fd one 1
*/
