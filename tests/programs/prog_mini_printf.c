#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* A miniature printf supporting %d %i %u %x %X %o %c %s %p-less %% with
   flags '-', '0', '+', ' ', width, precision, '*' and 'l' length,
   writing into a bounded buffer. Compared against the real snprintf. */

struct out { char *buf; size_t cap, len; };

static void put(struct out *o, char c) {
    if (o->len + 1 < o->cap) o->buf[o->len] = c;
    o->len++;
}

static void emit_num(struct out *o, unsigned long v, int neg, unsigned base, int upper,
                     int left, int zero, int plus, int space, int width, int prec) {
    char digits[32];
    int nd = 0;
    const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (v == 0 && prec != 0) digits[nd++] = '0';
    while (v) { digits[nd++] = set[v % base]; v /= base; }
    int zeros = prec > nd ? prec - nd : 0;
    char sign = neg ? '-' : plus ? '+' : space ? ' ' : 0;
    int total = nd + zeros + (sign != 0);
    int pad = width > total ? width - total : 0;
    if (zero && !left && prec < 0) { zeros += pad; pad = 0; }
    if (!left) while (pad-- > 0) put(o, ' ');
    if (sign) put(o, sign);
    while (zeros-- > 0) put(o, '0');
    while (nd) put(o, digits[--nd]);
    if (left) while (pad-- > 0) put(o, ' ');
}

static int mini_vsnprintf(char *buf, size_t cap, const char *fmt, va_list ap) {
    struct out o = {buf, cap, 0};
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') { put(&o, *f); continue; }
        f++;
        int left = 0, zero = 0, plus = 0, space = 0, width = 0, prec = -1, lng = 0;
        for (;; f++) {
            if (*f == '-') left = 1; else if (*f == '0') zero = 1;
            else if (*f == '+') plus = 1; else if (*f == ' ') space = 1; else break;
        }
        if (*f == '*') { width = va_arg(ap, int); if (width < 0) { left = 1; width = -width; } f++; }
        else while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        if (*f == '.') {
            f++; prec = 0;
            if (*f == '*') { prec = va_arg(ap, int); f++; }
            else while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
        }
        if (*f == 'l') { lng = 1; f++; }
        switch (*f) {
        case 'd': case 'i': {
            long v = lng ? va_arg(ap, long) : va_arg(ap, int);
            unsigned long mag = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
            emit_num(&o, mag, v < 0, 10, 0, left, zero, plus, space, width, prec);
            break;
        }
        case 'u': case 'x': case 'X': case 'o': {
            unsigned long v = lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            unsigned base = *f == 'u' ? 10 : *f == 'o' ? 8 : 16;
            emit_num(&o, v, 0, base, *f == 'X', left, zero, 0, 0, width, prec);
            break;
        }
        case 'c': {
            int pad = width > 1 ? width - 1 : 0;
            if (!left) while (pad-- > 0) put(&o, ' ');
            put(&o, (char)va_arg(ap, int));
            if (left) while (pad-- > 0) put(&o, ' ');
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            int n = (int)strlen(s);
            if (prec >= 0 && prec < n) n = prec;
            int pad = width > n ? width - n : 0;
            if (!left) while (pad-- > 0) put(&o, ' ');
            for (int i = 0; i < n; i++) put(&o, s[i]);
            if (left) while (pad-- > 0) put(&o, ' ');
            break;
        }
        case '%': put(&o, '%'); break;
        default: put(&o, '%'); put(&o, *f); break;
        }
    }
    if (cap) buf[o.len < cap ? o.len : cap - 1] = '\0';
    return (int)o.len;
}

static int mini_snprintf(char *buf, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mini_vsnprintf(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

#define CHECK(...) do { \
    char a[128], b[128]; \
    int na = mini_snprintf(a, sizeof a, __VA_ARGS__); \
    int nb = snprintf(b, sizeof b, __VA_ARGS__); \
    printf("%-4s [%s] n=%d\n", (na == nb && strcmp(a, b) == 0) ? "ok" : "DIFF", a, na); \
    if (na != nb || strcmp(a, b)) printf("     libc [%s] n=%d\n", b, nb); \
} while (0)

int main(void) {
    CHECK("plain text");
    CHECK("%d|%i|%d", 0, -42, 2147483647);
    CHECK("%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42);
    CHECK("%.3d|%8.3d|%-8.3d|%.0d", 7, -7, 7, 0);
    CHECK("%x|%X|%o|%u", 255u, 48879u, 8u, 4000000000u);
    CHECK("%08x|%-8X|%.4x", 0xbeefu, 0xbeefu, 0xau);
    CHECK("%ld|%lu|%lx", -1234567890123L, 9876543210UL, 0xdeadbeefcafeUL);
    CHECK("%c%c%c|%3c|%-3c|", 'a', 'b', 'c', 'x', 'y');
    CHECK("%s|%10s|%-10s|%.2s|%*s|%-*s|", "str", "right", "left", "trunc", 6, "star", 6, "neg");
    CHECK("%*d|%.*d|%-*.*d|", 6, 99, 4, 5, 8, 3, 12);
    CHECK("100%% sure %d%%", 50);
    char small[8];
    int n = mini_snprintf(small, sizeof small, "%s", "overflowing");
    printf("truncated [%s] n=%d\n", small, n);
    return 0;
}

/* EXPECT-STDOUT:
ok   [plain text] n=10
ok   [0|-42|2147483647] n=16
ok   [   42|42   |00042|+42| 42] n=25
ok   [007|    -007|007     |] n=22
ok   [ff|BEEF|10|4000000000] n=21
ok   [0000beef|BEEF    |000a] n=22
ok   [-1234567890123|9876543210|deadbeefcafe] n=38
ok   [abc|  x|y  |] n=12
ok   [str|     right|left      |tr|  star|neg   |] n=43
ok   [    99|0005|012     |] n=21
ok   [100% sure 50%] n=13
truncated [overflo] n=11
*/
