// format: number formatting with snprintf (decimal, hex, octal, fixed,
// exponent, shortest round-trip doubles, padded fields) and parsing back with
// strtol/strtoll/strtoull/strtod; verified by exact round trips.
// Measures: libc formatting/parsing, varargs, small stack buffers.
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
// LDFLAGS: -lm

#ifndef ITERS
#define ITERS 120000
#endif

static uint64_t rng_state = 0xA0761D6478BD642Full;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static uint64_t hash_bytes(uint64_t h, const char *s, int n)
{
    for (int i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001B3ull;
    return h;
}

static const double scales[] = { 1e-300, 1e-20, 1e-5, 1e-1, 1.0, 7.5, 1e3, 1e8, 1e17, 1e40, 1e300 };

int main(void)
{
    char buf[128], line[256];
    uint64_t checksum = 0xCBF29CE484222325ull;
    int ok = 1;
    for (long it = 0; it < ITERS; it++) {
        uint64_t r = rnd();
        int n;

        /* signed 64-bit decimal */
        long long sv = (long long)(r >> 1) - (long long)(r & 0x3FFFFFFFFFFFFFFFull);
        n = snprintf(buf, sizeof buf, "%lld", sv);
        checksum = hash_bytes(checksum, buf, n);
        char *end;
        errno = 0;
        if (strtoll(buf, &end, 10) != sv || *end != '\0' || errno != 0)
            ok = 0;

        /* unsigned hex and octal */
        uint64_t uv = rnd();
        n = snprintf(buf, sizeof buf, "%#llx", (unsigned long long)uv);
        checksum = hash_bytes(checksum, buf, n);
        if (strtoull(buf, &end, 16) != uv || *end != '\0')
            ok = 0;
        n = snprintf(buf, sizeof buf, "%llo", (unsigned long long)(uv >> 3));
        checksum = hash_bytes(checksum, buf, n);
        if (strtoull(buf, &end, 8) != uv >> 3 || *end != '\0')
            ok = 0;

        /* int with padding and sign */
        int iv = (int)(r % 2000001) - 1000000;
        n = snprintf(buf, sizeof buf, "[%+09d|%-8d|%5.3d]", iv, iv / 7, iv % 1000);
        checksum = hash_bytes(checksum, buf, n);
        long back = strtol(buf + 1, &end, 10);
        if (back != iv || *end != '|')
            ok = 0;

        /* doubles: shortest exact round trip with %.17g */
        double d = (double)(rnd() >> 11) / 9007199254740992.0;
        d *= scales[r % (sizeof scales / sizeof scales[0])];
        if (r & 1)
            d = -d;
        n = snprintf(buf, sizeof buf, "%.17g", d);
        checksum = hash_bytes(checksum, buf, n);
        if (strtod(buf, &end) != d || *end != '\0')
            ok = 0;

        /* fixed and exponent forms: round trip within the printed precision */
        double f = (double)(r % 100000000) / 1000.0;
        n = snprintf(buf, sizeof buf, "%.3f", f);
        checksum = hash_bytes(checksum, buf, n);
        if (fabs(strtod(buf, &end) - f) > 0.0005 || *end != '\0')
            ok = 0;
        n = snprintf(buf, sizeof buf, "%.6e", d);
        checksum = hash_bytes(checksum, buf, n);
        double de = strtod(buf, &end);
        if (fabs(d) > 1e-300 && fabs((de - d) / d) > 1e-6)
            ok = 0;

        /* a record line with several fields, parsed field by field */
        int a = (int)(r >> 50), b2 = (int)((r >> 20) & 0xFFFF);
        n = snprintf(line, sizeof line, "id=%d;x=%.2f;code=%04X;name=%s", a, f, (unsigned)b2,
                     (r & 2) ? "alpha" : "beta");
        checksum = hash_bytes(checksum, line, n);
        const char *p = strchr(line, '=');
        if (!p || strtol(p + 1, &end, 10) != a || *end != ';')
            ok = 0;
        p = strstr(line, "x=");
        if (!p || fabs(strtod(p + 2, &end) - f) > 0.0051 || *end != ';')
            ok = 0;
        p = strstr(line, "code=");
        if (!p || strtol(p + 5, &end, 16) != b2 || *end != ';')
            ok = 0;
    }
    printf("checksum: %016llx\n", (unsigned long long)checksum);
    return ok ? 0 : 1;
}
