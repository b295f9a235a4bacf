/* safec_wchar.c — checked wrappers of wchar.h's wide-string and wide-memory
 * functions (wcslen, wcscpy, wmemcpy, ...).
 *
 * The same rules as the byte-string wrappers of safec_libc.c, in units of
 * wchar_t: every wide character a function reads or writes must be inside
 * the capability window (and, for reads, written), a string's terminator
 * included; a function that stops early (wcscmp at the first difference,
 * wmemchr at a match) only needs what it reads.  Counts are in wide
 * characters; a count whose byte size overflows is an overrun of the
 * window.
 */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define W sizeof(wchar_t)

static inline sc_fat sc_wnull(void) { return sc_mk(NULL, SC_NOCAP); }

static inline sc_fat sc_wderive(void *p, sc_fat from) { return p ? sc_mk(p, from.c) : sc_wnull(); }

/* Wide characters from f.p to the end of its window (SIZE_MAX: wild). */
static size_t sc_wavail(sc_fat f, int write, const sc_site *site)
{
    size_t a = sc__avail(f, write, site);
    return a == SIZE_MAX ? SIZE_MAX : a / W;
}

/* n wide characters at f.p inside the window (n * W must not overflow). */
static void sc_wneed(sc_fat f, size_t n, int write, const sc_site *site)
{
    if (n > SIZE_MAX / W)
        sc__overrun(f, 0, SIZE_MAX, write, site);
    sc__need(f, n * W, write, site);
}

/* wcsnlen of at most max characters: the characters read (up to the
 * terminator, or max) must be inside the window and written. */
static size_t sc_wstrn(sc_fat s, size_t max, const sc_site *site)
{
    if (max == 0)
        return 0;
    size_t a = sc_wavail(s, 0, site);
    if (a == SIZE_MAX)
        return wcsnlen(s.p, max);
    size_t lim = a < max ? a : max;
    size_t len = wcsnlen(s.p, lim);
    if (len < lim) {
        sc__init_need(s, (len + 1) * W, site);
        return len;
    }
    if (lim == max) {
        sc__init_need(s, max * W, site);
        return max;
    }
    /* no terminator inside the window: if some of it was never written,
     * the read of those characters came first (and their contents decided
     * where the scan stopped) */
    sc__init_need(s, a * W, site);
    sc__overrun(s, a * W, W, 0, site);
}

/* wcslen, with the terminator required inside the window. */
size_t sc__wstr(sc_fat s, const sc_site *site) { return sc_wstrn(s, SIZE_MAX, site); }

/* sc__no_overlap in wide characters. */
static void sc_wno_overlap(const char *fn, sc_fat d, size_t dn, sc_fat s, size_t sn,
                           const sc_site *site)
{
    sc__no_overlap(fn, d, dn * W, s, sn * W, site);
}

/* ------------------------------------------------------------ lengths, copies */

size_t sc_w_wcslen(sc_fat s, const sc_site *site) { return sc__wstr(s, site); }

size_t sc_w_wcsnlen(sc_fat s, size_t n, const sc_site *site) { return sc_wstrn(s, n, site); }

sc_fat sc_w_wcscpy(sc_fat d, sc_fat s, const sc_site *site)
{
    size_t n = sc__wstr(s, site) + 1;
    sc_wneed(d, n, 1, site);
    sc_wno_overlap("wcscpy", d, n, s, n, site);
    memcpy(d.p, s.p, n * W);
    return d;
}

/* wcsncpy writes exactly n characters (L'\0' padding), reads at most n. */
sc_fat sc_w_wcsncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    size_t len = sc_wstrn(s, n, site);
    sc_wneed(d, n, 1, site);
    sc_wno_overlap("wcsncpy", d, n, s, len < n ? len + 1 : n, site);
    if (n)
        wcsncpy(d.p, s.p, n);
    return d;
}

sc_fat sc_w_wcscat(sc_fat d, sc_fat s, const sc_site *site)
{
    size_t dl = sc__wstr(d, site), sl = sc__wstr(s, site);
    sc_wneed(sc_add(d, (intptr_t)(dl * W)), sl + 1, 1, site);
    sc_wno_overlap("wcscat", d, dl + sl + 1, s, sl + 1, site);
    memcpy((wchar_t *)d.p + dl, s.p, (sl + 1) * W);
    return d;
}

sc_fat sc_w_wcsncat(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    size_t dl = sc__wstr(d, site), sl = sc_wstrn(s, n, site);
    sc_wneed(sc_add(d, (intptr_t)(dl * W)), sl + 1, 1, site);
    sc_wno_overlap("wcsncat", d, dl + sl + 1, s, sl, site);
    memcpy((wchar_t *)d.p + dl, s.p, sl * W);
    ((wchar_t *)d.p)[dl + sl] = 0;
    return d;
}

sc_fat sc_w_wcsdup(sc_fat s, const sc_site *site)
{
    size_t n = sc__wstr(s, site) + 1;
    wchar_t *p = malloc(n * W);
    if (!p)
        return sc_wnull();
    memcpy(p, s.p, n * W);
    return sc__adopt(p, n * W, "wchar_t[] (wcsdup)", site);
}

/* ------------------------------------------------------------ comparisons, searches */

/* wcsncmp (n = SIZE_MAX for wcscmp), checking only what the comparison
 * reads: up to the first difference or the common terminator. */
static int sc_wcmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    if (!n)
        return 0;
    size_t aa = sc_wavail(a, 0, site), ab = sc_wavail(b, 0, site);
    const wchar_t *p = a.p, *q = b.p;
    for (size_t i = 0; i < n; i++) {
        if (i >= aa)
            sc__overrun(a, i * W, W, 0, site);
        if (i >= ab)
            sc__overrun(b, i * W, W, 0, site);
        if (p[i] != q[i] || !p[i]) {
            sc__init_need(a, (i + 1) * W, site);
            sc__init_need(b, (i + 1) * W, site);
            return p[i] < q[i] ? -1 : p[i] > q[i];
        }
    }
    sc__init_need(a, n * W, site);
    sc__init_need(b, n * W, site);
    return 0;
}

int sc_w_wcscmp(sc_fat a, sc_fat b, const sc_site *site) { return sc_wcmp(a, b, SIZE_MAX, site); }

int sc_w_wcsncmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    return sc_wcmp(a, b, n, site);
}

sc_fat sc_w_wcschr(sc_fat s, wchar_t c, const sc_site *site)
{
    sc__wstr(s, site);
    return sc_wderive(wcschr(s.p, c), s);
}

sc_fat sc_w_wcsrchr(sc_fat s, wchar_t c, const sc_site *site)
{
    sc__wstr(s, site);
    return sc_wderive(wcsrchr(s.p, c), s);
}

sc_fat sc_w_wcsstr(sc_fat h, sc_fat n, const sc_site *site)
{
    sc__wstr(h, site);
    sc__wstr(n, site);
    return sc_wderive(wcsstr(h.p, n.p), h);
}

sc_fat sc_w_wcspbrk(sc_fat s, sc_fat accept, const sc_site *site)
{
    sc__wstr(s, site);
    sc__wstr(accept, site);
    return sc_wderive(wcspbrk(s.p, accept.p), s);
}

size_t sc_w_wcsspn(sc_fat s, sc_fat accept, const sc_site *site)
{
    sc__wstr(s, site);
    sc__wstr(accept, site);
    return wcsspn(s.p, accept.p);
}

size_t sc_w_wcscspn(sc_fat s, sc_fat reject, const sc_site *site)
{
    sc__wstr(s, site);
    sc__wstr(reject, site);
    return wcscspn(s.p, reject.p);
}

/* ------------------------------------------------------------ wide memory */

sc_fat sc_w_wmemcpy(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc_wneed(s, n, SC_COPY, site);
    sc_wneed(d, n, SC_PUT, site);
    sc_wno_overlap("wmemcpy", d, n, s, n, site);
    sc__init_copy(d, s, n * W);
    sc_copy_shadow(d.p, s.p, n * W);
    if (n)
        memcpy(d.p, s.p, n * W);
    return d;
}

sc_fat sc_w_wmemmove(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc_wneed(s, n, SC_COPY, site);
    sc_wneed(d, n, SC_PUT, site);
    sc__init_copy(d, s, n * W);
    sc_copy_shadow(d.p, s.p, n * W);
    if (n)
        memmove(d.p, s.p, n * W);
    return d;
}

sc_fat sc_w_wmemset(sc_fat d, wchar_t c, size_t n, const sc_site *site)
{
    sc_wneed(d, n, 1, site);
    if (n)
        wmemset(d.p, c, n);
    return d;
}

int sc_w_wmemcmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    sc_wneed(a, n, 0, site);
    sc_wneed(b, n, 0, site);
    return n ? wmemcmp(a.p, b.p, n) : 0;
}

/* wmemchr stops at the first match: only the characters up to it must be
 * inside the window. */
sc_fat sc_w_wmemchr(sc_fat s, wchar_t c, size_t n, const sc_site *site)
{
    if (!n)
        return sc_wnull();
    size_t a = sc_wavail(s, 0, site);
    wchar_t *r = wmemchr(s.p, c, a < n ? a : n);
    if (!r && a < n)
        sc__overrun(s, a * W, W, 0, site);
    size_t k = r ? (size_t)(r - (wchar_t *)s.p) + 1 : n;
    sc__init_need(s, k * W, site);
    return sc_wderive(r, s);
}
