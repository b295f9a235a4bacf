#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* forward to vprintf with a prefix */
static int logmsg(const char *level, const char *fmt, ...) {
    va_list ap;
    int n = printf("[%s] ", level);
    va_start(ap, fmt);
    n += vprintf(fmt, ap);
    va_end(ap);
    return n;
}

/* allocate exactly-sized formatted string (two vsnprintf passes) */
static char *xasprintf(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = malloc((size_t)len + 1);
    vsnprintf(buf, (size_t)len + 1, fmt, ap2);
    va_end(ap2);
    return buf;
}

/* append-format into a fixed buffer, tracking truncation */
struct sbuf { char data[32]; size_t len; int truncated; };
static void sb_printf(struct sbuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t room = sizeof sb->data - sb->len;
    int n = vsnprintf(sb->data + sb->len, room, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n >= room) { sb->len = sizeof sb->data - 1; sb->truncated = 1; }
    else sb->len += (size_t)n;
}

int main(void) {
    int n = logmsg("info", "%d items, %s\n", 3, "ok");
    printf("logmsg wrote %d chars\n", n);
    logmsg("warn", "%5.2f%%\n", 99.5);
    char *s = xasprintf("%s-%04d-%x-%c", "id", 42, 0xbeef, 'Z');
    printf("xasprintf: %s (len %zu)\n", s, strlen(s));
    free(s);
    char *long_s = xasprintf("%0*d", 40, 7);
    printf("long: %s\n", long_s);
    free(long_s);
    struct sbuf sb = {{0}, 0, 0};
    for (int i = 0; i < 10; i++) sb_printf(&sb, "%d,", i * 111);
    printf("sbuf: '%s' len=%zu truncated=%d\n", sb.data, sb.len, sb.truncated);
    char small[8];
    int want = snprintf(small, sizeof small, "%s", "truncate me");
    printf("small='%s' want=%d\n", small, want);
    return 0;
}

/* EXPECT-STDOUT:
[info] 3 items, ok
logmsg wrote 19 chars
[warn] 99.50%
xasprintf: id-0042-beef-Z (len 14)
long: 0000000000000000000000000000000000000007
sbuf: '0,111,222,333,444,555,666,777,8' len=31 truncated=1
small='truncat' want=11
*/
