#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static char logbuf[256];
static size_t loglen;

__attribute__((format(printf, 2, 3)))
static int logf_(int level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(logbuf + loglen, sizeof logbuf - loglen, fmt, ap);
    va_end(ap);
    if (n > 0) loglen += (size_t)n < sizeof logbuf - loglen ? (size_t)n : sizeof logbuf - loglen - 1;
    printf("[L%d] %d chars\n", level, n);
    return n;
}

__attribute__((format(printf, 1, 0)))
static void vreport(const char *fmt, va_list ap) { vprintf(fmt, ap); }

__attribute__((format(printf, 1, 2)))
static void report(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(fmt, ap);
    va_end(ap);
}

__attribute__((format_arg(1))) static const char *translate(const char *s) { return s; }

int main(void) {
    logf_(1, "value=%d;", 42);
    logf_(2, "name=%s;", "safec");
    logf_(3, "pi=%.3f;", 3.14159);
    printf("log: %s (len %zu)\n", logbuf, strlen(logbuf));
    report("report %s %05d %x\n", "fmt", 42, 255u);
    printf(translate("translated %d\n"), 7);
    return 0;
}

/* EXPECT-STDOUT:
[L1] 9 chars
[L2] 11 chars
[L3] 9 chars
log: value=42;name=safec;pi=3.142; (len 29)
report fmt 00042 ff
translated 7
*/
