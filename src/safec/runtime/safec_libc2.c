/* safec_libc2.c — more checked libc wrappers: stdio file functions,
 * string.h/stdlib.h extras, multibyte strings, the ctype tables, time.h.
 *
 * Same rules as safec_libc.c: every byte range the real function touches is
 * checked against the capability it came with (reports name the caller's
 * site), pointers returned carry the capability they derive from, and
 * memory libc hands out becomes an object of its own:
 *   - blocks libc allocates for the caller (realpath(p, NULL)) become heap
 *     objects of the checked allocator (sc__adopt), so free() works on them;
 *   - strings in libc storage that the next call may overwrite (strerror,
 *     strsignal) are interned: copied once into a runtime-owned block that is
 *     never freed, registered as an external object (callers only read it).
 */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>
#include <wchar.h>

/* The POSIX strerror_r (string.h declares only the GNU one here). */
extern int __xpg_strerror_r(int errnum, char *buf, size_t n);

static inline sc_fat sc_null2(void) { return sc_mk(NULL, SC_NOCAP); }

static inline sc_fat sc_derive2(void *p, sc_fat from) { return p ? sc_mk(p, from.c) : sc_null2(); }

/* A pointer libc returned into its own memory (a FILE): the capability
 * boundary calls give it (the object it lies in, or wild). */
static inline sc_fat sc_libc_ptr(void *p) { return p ? sc_mk(p, sc_lookup_cap(p)) : sc_null2(); }

/* A string that may be NULL (then libc does not read it). */
static inline void sc_opt_str(sc_fat s, const sc_site *site)
{
    if (s.p)
        (void)sc__str(s, site);
}

/* ------------------------------------------------------------ interned strings */

typedef struct sc_interned {
    struct sc_interned *next;
    sc_cap cap;
    char s[];
} sc_interned;

static sc_interned *sc_intern_list;
static pthread_mutex_t sc_intern_lock = PTHREAD_MUTEX_INITIALIZER;

/* A runtime-owned copy of s (one per distinct text, never freed), with a
 * capability of exactly its bytes. */
static sc_fat sc_intern(const char *s, const char *what)
{
    if (!s)
        return sc_null2();
    pthread_mutex_lock(&sc_intern_lock);
    sc_interned *e = sc_intern_list;
    while (e && strcmp(e->s, s) != 0)
        e = e->next;
    if (!e) {
        size_t n = strlen(s) + 1;
        e = malloc(sizeof *e + n);
        if (!e)
            sc__fatal("out of memory interning a libc string");
        memcpy(e->s, s, n);
        e->cap = sc_reg(e->s, n, SC_K_EXTERN, what, NULL);
        e->next = sc_intern_list;
        sc_intern_list = e;
    }
    pthread_mutex_unlock(&sc_intern_lock);
    return sc_mk(e->s, e->cap);
}

/* ------------------------------------------------------------ stdio: files */

sc_fat sc_w_fopen(sc_fat path, sc_fat mode, const sc_site *site)
{
    sc__str(path, site);
    sc__str(mode, site);
    return sc_libc_ptr(fopen(path.p, mode.p));
}

/* freopen(NULL, mode, f) changes the mode of f. */
sc_fat sc_w_freopen(sc_fat path, sc_fat mode, void *stream, const sc_site *site)
{
    sc_opt_str(path, site);
    sc__str(mode, site);
    return sc_libc_ptr(freopen(path.p, mode.p, stream));
}

sc_fat sc_w_fdopen(int fd, sc_fat mode, const sc_site *site)
{
    sc__str(mode, site);
    return sc_libc_ptr(fdopen(fd, mode.p));
}

void sc_w_perror(sc_fat s, const sc_site *site)
{
    sc_opt_str(s, site);
    perror(s.p);
}

int sc_w_remove(sc_fat path, const sc_site *site)
{
    sc__str(path, site);
    return remove(path.p);
}

int sc_w_rename(sc_fat from, sc_fat to, const sc_site *site)
{
    sc__str(from, site);
    sc__str(to, site);
    return rename(from.p, to.p);
}

/* setvbuf/setbuf: libc keeps the buffer and writes up to `size` (BUFSIZ)
 * bytes into it on later I/O, so its window must cover all of them now.
 * (Its lifetime is the caller's duty: libc's writes into it later are not
 * checked.) */
int sc_w_setvbuf(void *stream, sc_fat buf, int mode, size_t size, const sc_site *site)
{
    if (buf.p && mode != _IONBF)
        sc__need(buf, size, 1, site);
    return setvbuf(stream, buf.p, mode, size);
}

void sc_w_setbuf(void *stream, sc_fat buf, const sc_site *site)
{
    if (buf.p)
        sc__need(buf, BUFSIZ, 1, site);
    setbuf(stream, buf.p);
}

/* fpos_t is data (no pointer slots): its bytes get no capabilities. */
int sc_w_fgetpos(void *stream, sc_fat pos, const sc_site *site)
{
    sc__need(pos, sizeof(fpos_t), 1, site);
    sc__clear_shadow(pos.p, sizeof(fpos_t));
    return fgetpos(stream, pos.p);
}

int sc_w_fsetpos(void *stream, sc_fat pos, const sc_site *site)
{
    sc__need(pos, sizeof(fpos_t), SC_COPY, site);
    return fsetpos(stream, pos.p);
}

/* ------------------------------------------------------------ string.h extras */

sc_fat sc_w_memmem(sc_fat h, size_t hl, sc_fat n, size_t nl, const sc_site *site)
{
    sc__need(h, hl, 0, site);
    sc__need(n, nl, 0, site);
    return sc_derive2(memmem(h.p, hl, n.p, nl), h);
}

sc_fat sc_w_mempcpy(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    return sc_add(sc_w_memcpy(d, s, n, site), (intptr_t)n);
}

int sc_w_strcoll(sc_fat a, sc_fat b, const sc_site *site)
{
    sc__str(a, site);
    sc__str(b, site);
    return strcoll(a.p, b.p);
}

/* strxfrm writes at most n bytes (dst may be NULL when n is 0). */
size_t sc_w_strxfrm(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc__str(s, site);
    sc__need(d, n, 1, site);
    return strxfrm(d.p, s.p, n);
}

int sc_w_strverscmp(sc_fat a, sc_fat b, const sc_site *site)
{
    sc__str(a, site);
    sc__str(b, site);
    return strverscmp(a.p, b.p);
}

/* The text lives in libc (a table, or a per-thread buffer the next call
 * overwrites): the caller gets an interned copy it can always read. */
sc_fat sc_w_strerror(int errnum, const sc_site *site)
{
    (void)site;
    return sc_intern(strerror(errnum), "strerror string");
}

sc_fat sc_w_strsignal(int sig, const sc_site *site)
{
    (void)site;
    return sc_intern(strsignal(sig), "strsignal string");
}

/* GNU strerror_r: buf must have its n bytes; the result is buf or a libc
 * string (interned). */
sc_fat sc_w_strerror_r(int errnum, sc_fat buf, size_t n, const sc_site *site)
{
    sc__need(buf, n, 1, site);
    char *r = strerror_r(errnum, buf.p, n);
    if (r == buf.p)
        return buf;
    return sc_intern(r, "strerror string");
}

/* POSIX strerror_r (what programs without _GNU_SOURCE call). */
int sc_w___xpg_strerror_r(int errnum, sc_fat buf, size_t n, const sc_site *site)
{
    sc__need(buf, n, 1, site);
    return __xpg_strerror_r(errnum, buf.p, n);
}

void sc_w_bzero(sc_fat d, size_t n, const sc_site *site)
{
    sc__need(d, n, 1, site);
    if (n)
        memset(d.p, 0, n);
}

void sc_w_explicit_bzero(sc_fat d, size_t n, const sc_site *site)
{
    sc__need(d, n, 1, site);
    if (n)
        explicit_bzero(d.p, n);
}

/* bcopy(src, dst, n) is memmove with the arguments swapped. */
void sc_w_bcopy(sc_fat s, sc_fat d, size_t n, const sc_site *site)
{
    (void)sc_w_memmove(d, s, n, site);
}

sc_fat sc_w_index(sc_fat s, int c, const sc_site *site) { return sc_w_strchr(s, c, site); }

sc_fat sc_w_rindex(sc_fat s, int c, const sc_site *site) { return sc_w_strrchr(s, c, site); }

/* ------------------------------------------------------------ POSIX I/O
 * read(fd, buf, n) may fill all n bytes, so buf must hold them (they count
 * as written, as fread's do, and are data: their pointer shadow goes);
 * write(fd, buf, n) reads n bytes. */

long sc_w_read(int fd, sc_fat buf, size_t n, const sc_site *site)
{
    sc__need(buf, n, 1, site);
    sc__clear_shadow(buf.p, n);
    return read(fd, buf.p, n);
}

long sc_w_pread(int fd, sc_fat buf, size_t n, long off, const sc_site *site)
{
    sc__need(buf, n, 1, site);
    sc__clear_shadow(buf.p, n);
    return pread(fd, buf.p, n, off);
}

long sc_w_recv(int fd, sc_fat buf, size_t n, int flags, const sc_site *site)
{
    sc__need(buf, n, 1, site);
    sc__clear_shadow(buf.p, n);
    return recv(fd, buf.p, n, flags);
}

long sc_w_write(int fd, sc_fat buf, size_t n, const sc_site *site)
{
    sc__need(buf, n, 0, site);
    return write(fd, buf.p, n);
}

long sc_w_pwrite(int fd, sc_fat buf, size_t n, long off, const sc_site *site)
{
    sc__need(buf, n, 0, site);
    return pwrite(fd, buf.p, n, off);
}

long sc_w_send(int fd, sc_fat buf, size_t n, int flags, const sc_site *site)
{
    sc__need(buf, n, 0, site);
    return send(fd, buf.p, n, flags);
}

/* getcwd(buf, size) writes up to size bytes; getcwd(NULL, 0) returns a
 * malloc'd string: a checked heap block. */
sc_fat sc_w_getcwd(sc_fat buf, size_t size, const sc_site *site)
{
    if (!buf.p) {
        char *r = getcwd(NULL, size);
        return r ? sc__adopt(r, strlen(r) + 1, "char[] (getcwd)", site) : sc_null2();
    }
    sc__need(buf, size, 1, site);
    return sc_derive2(getcwd(buf.p, size), buf);
}

long sc_w_readlink(sc_fat path, sc_fat buf, size_t n, const sc_site *site)
{
    sc__str(path, site);
    sc__need(buf, n, 1, site);
    return readlink(path.p, buf.p, n);
}

int sc_w_gethostname(sc_fat name, size_t len, const sc_site *site)
{
    sc__need(name, len, 1, site);
    return gethostname(name.p, len);
}

/* ------------------------------------------------------------ stdlib.h extras */

/* realpath(p, buf) writes up to PATH_MAX bytes into buf, so buf must have
 * them; realpath(p, NULL) returns a malloc'd string: a checked heap block. */
sc_fat sc_w_realpath(sc_fat path, sc_fat buf, const sc_site *site)
{
    sc__str(path, site);
    if (buf.p) {
        sc__need(buf, PATH_MAX, 1, site);
        return sc_derive2(realpath(path.p, buf.p), buf);
    }
    char *r = realpath(path.p, NULL);
    return r ? sc__adopt(r, strlen(r) + 1, "char[] (realpath)", site) : sc_null2();
}

int sc_w_setenv(sc_fat name, sc_fat value, int overwrite, const sc_site *site)
{
    sc__str(name, site);
    sc__str(value, site);
    return setenv(name.p, value.p, overwrite);
}

int sc_w_unsetenv(sc_fat name, const sc_site *site)
{
    sc__str(name, site);
    return unsetenv(name.p);
}

/* putenv keeps the string itself in the environment: it must be a string
 * now, and the caller must keep its object alive (getenv results point into
 * it and get its capability while it lives). */
int sc_w_putenv(sc_fat s, const sc_site *site)
{
    sc__str(s, site);
    return putenv(s.p);
}

/* mkstemp/mkdtemp rewrite the template's trailing XXXXXX in place: the
 * whole string must be writable. */
static void sc_template(sc_fat t, const sc_site *site)
{
    size_t n = sc__str(t, site);
    sc__need(t, n + 1, 1, site);
}

int sc_w_mkstemp(sc_fat t, const sc_site *site)
{
    sc_template(t, site);
    return mkstemp(t.p);
}

sc_fat sc_w_mkdtemp(sc_fat t, const sc_site *site)
{
    sc_template(t, site);
    return sc_derive2(mkdtemp(t.p), t);
}

int sc_w_system(sc_fat cmd, const sc_site *site)
{
    sc_opt_str(cmd, site);
    return system(cmd.p);
}

/* ------------------------------------------------------------ multibyte strings
 * These read a multibyte character only as far as it goes: the bytes that
 * may be read are those inside the window, and only if the character would
 * need more than that (and n allows more) is it an overrun. */

/* Bytes of the character at s that libc may read, at most n. */
static size_t sc_mb_bytes(sc_fat s, size_t n, const sc_site *site)
{
    size_t a = sc__avail(s, 0, site);
    if (a >= n)
        return n;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    if (mbrlen(s.p, a, &st) == (size_t)-2) /* incomplete in the window */
        sc__overrun(s, a, 1, 0, site);
    return a;
}

int sc_w_mblen(sc_fat s, size_t n, const sc_site *site)
{
    if (!s.p)
        return mblen(NULL, 0); /* resets the shift state */
    return n ? mblen(s.p, sc_mb_bytes(s, n, site)) : mblen(s.p, 0);
}

int sc_w_mbtowc(sc_fat pwc, sc_fat s, size_t n, const sc_site *site)
{
    if (!s.p)
        return mbtowc(NULL, NULL, 0);
    if (pwc.p)
        sc__need(pwc, sizeof(wchar_t), 1, site);
    return mbtowc(pwc.p, s.p, n ? sc_mb_bytes(s, n, site) : 0);
}

/* wctomb writes the character's bytes (measured first, up to MB_CUR_MAX). */
int sc_w_wctomb(sc_fat s, wchar_t wc, const sc_site *site)
{
    if (!s.p)
        return wctomb(NULL, wc);
    char tmp[MB_LEN_MAX];
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t k = wcrtomb(tmp, wc, &st);
    if (k != (size_t)-1)
        sc__need(s, k, 1, site);
    return wctomb(s.p, wc);
}

/* Wide characters mbstowcs(dst, s, n) stores: the valid characters of s,
 * its L'\0' included, at most n. */
static size_t sc_mbs_count(const char *s, size_t n)
{
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t k = 0;
    while (k < n) {
        size_t r = mbrtowc(NULL, s, MB_LEN_MAX, &st);
        if (r == (size_t)-1 || r == (size_t)-2)
            break;
        k++;
        if (r == 0)
            break;
        s += r;
    }
    return k;
}

size_t sc_w_mbstowcs(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc__str(s, site);
    if (d.p)
        sc__need(d, sc_mbs_count(s.p, n) * sizeof(wchar_t), 1, site);
    return mbstowcs(d.p, s.p, n);
}

/* A wide string: whole wchar_t units up to L'\0' inside the window. */
static size_t sc_wcs(sc_fat s, const sc_site *site)
{
    size_t a = sc__avail(s, 0, site);
    const wchar_t *w = s.p;
    for (size_t k = 0;; k++) {
        if ((k + 1) * sizeof(wchar_t) > a)
            sc__overrun(s, a, sizeof(wchar_t), 0, site);
        if (!w[k])
            return k;
    }
}

/* Bytes wcstombs(dst, s, n) stores: the valid characters' bytes while they
 * fit in n, and the NUL if it fits too. */
static size_t sc_wcs_bytes(const wchar_t *s, size_t n)
{
    mbstate_t st;
    memset(&st, 0, sizeof st);
    char tmp[MB_LEN_MAX];
    size_t k = 0;
    for (;; s++) {
        size_t r = wcrtomb(tmp, *s, &st);
        if (r == (size_t)-1 || k + r > n)
            return k;
        k += r;
        if (!*s)
            return k;
    }
}

size_t sc_w_wcstombs(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc_wcs(s, site);
    if (d.p)
        sc__need(d, sc_wcs_bytes(s.p, n), 1, site);
    return wcstombs(d.p, s.p, n);
}

/* ------------------------------------------------------------ ctype
 * glibc's isalpha(c)... are macros indexing a per-thread table,
 * (*__ctype_b_loc())[c], and tolower/toupper (when inlined) index
 * (*__ctype_tolower_loc())[c].  C allows c only as EOF or an unsigned char
 * value; glibc's tables also cover -128..-1 (so a plain char from a signed
 * char works), i.e. entries -128..255.  We accept exactly what glibc
 * defines: -128..255.  Anything else reads outside the table.
 *
 * The wrapped __ctype_*_loc return a pointer to a runtime-owned slot (one
 * per thread and table, never freed) holding the table pointer, whose
 * capability covers exactly the 384 entries.  The index is then checked by
 * the ordinary inline access check: isalpha(-200) is a global-buffer-
 * overflow on the line that calls it, and the common case stays a fast-path
 * check plus one call with a per-thread cache. */

typedef struct sc_ctab {
    void **slot;      /* runtime-owned copy of libc's table pointer */
    sc_cap slot_cap;
    const void *tab;  /* the table *slot holds (a locale change moves it) */
    sc_cap tab_cap;
} sc_ctab;

static __thread sc_ctab sc_ctab_b, sc_ctab_lower, sc_ctab_upper;

static sc_fat sc_ctype_slot(sc_ctab *t, const void *tab, size_t elem, const char *name)
{
    if (__builtin_expect(t->slot && tab == t->tab, 1))
        return sc_mk(t->slot, t->slot_cap);
    if (!t->slot) {
        t->slot = malloc(sizeof(void *));
        if (!t->slot)
            sc__fatal("out of memory for a ctype table slot");
        t->slot_cap = sc_reg(t->slot, sizeof(void *), SC_K_EXTERN, "ctype table pointer", NULL);
    }
    /* the same table registered again is the same object */
    t->tab_cap = sc_reg((char *)tab - 128 * elem, 384 * elem, SC_K_EXTERN, name, NULL);
    t->tab = tab;
    *t->slot = (void *)tab;
    sc_set_shadow(t->slot, sc_mk((void *)tab, t->tab_cap));
    return sc_mk(t->slot, t->slot_cap);
}

sc_fat sc_w___ctype_b_loc(const sc_site *site)
{
    (void)site;
    return sc_ctype_slot(&sc_ctab_b, *__ctype_b_loc(), sizeof(unsigned short),
                         "ctype class table (entries -128..255)");
}

sc_fat sc_w___ctype_tolower_loc(const sc_site *site)
{
    (void)site;
    return sc_ctype_slot(&sc_ctab_lower, *__ctype_tolower_loc(), sizeof(int32_t),
                         "tolower table (entries -128..255)");
}

sc_fat sc_w___ctype_toupper_loc(const sc_site *site)
{
    (void)site;
    return sc_ctype_slot(&sc_ctab_upper, *__ctype_toupper_loc(), sizeof(int32_t),
                         "toupper table (entries -128..255)");
}

/* The function forms ((isalpha)(c), or a header without the macros) index
 * the same table: check the argument against the table's range. */
static void sc_ctype_arg(const char *fn, int c, const sc_site *site)
{
    if (__builtin_expect(c >= -128 && c <= 255, 1))
        return;
    sc_fat t = sc_load_ptr(sc_w___ctype_b_loc(site).p);
    sc_report(SC_V_GLOBAL_OVERFLOW, site, t.c, (const unsigned short *)t.p + c,
              "%s(%d): the argument must be EOF or an unsigned char value; it reads "
              "outside the 384-entry ctype table (entries -128..255)",
              fn, c);
}

#define SC_CTYPE(f)                                                                        \
    int sc_w_##f(int c, const sc_site *site)                                               \
    {                                                                                      \
        sc_ctype_arg(#f, c, site);                                                         \
        return (f)(c);                                                                     \
    }
SC_CTYPE(isalnum)
SC_CTYPE(isalpha)
SC_CTYPE(isblank)
SC_CTYPE(iscntrl)
SC_CTYPE(isdigit)
SC_CTYPE(isgraph)
SC_CTYPE(islower)
SC_CTYPE(isprint)
SC_CTYPE(ispunct)
SC_CTYPE(isspace)
SC_CTYPE(isupper)
SC_CTYPE(isxdigit)

/* ------------------------------------------------------------ time.h
 * struct tm has one pointer, tm_zone, which libc stores: after every call
 * that writes a struct tm its slot gets the capability of the zone string
 * (libc's: wild), since no shadow recorded that store.  The static struct
 * tm and string buffers of localtime/gmtime/asctime/ctime are libc's,
 * registered as external objects of their size (registering the same block
 * again is the same object). */

#include <time.h>

static void sc_tm_written(struct tm *tm)
{
    sc_set_shadow(&tm->tm_zone, sc_mk((void *)tm->tm_zone,
                                      tm->tm_zone ? sc_lookup_cap(tm->tm_zone) : SC_NOCAP));
}

static sc_fat sc_libc_tm(struct tm *tm)
{
    if (!tm)
        return sc_null2();
    sc_tm_written(tm);
    return sc_mk(tm, sc_reg(tm, sizeof *tm, SC_K_EXTERN, "struct tm (libc's)", NULL));
}

static sc_fat sc_libc_str(char *s)
{
    if (!s)
        return sc_null2();
    return sc_mk(s, sc_reg(s, strlen(s) + 1, SC_K_EXTERN, "time string (libc's)", NULL));
}

long sc_w_time(sc_fat t, const sc_site *site)
{
    if (t.p)
        sc__need(t, sizeof(time_t), 1, site);
    return time(t.p);
}

sc_fat sc_w_localtime(sc_fat t, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    return sc_libc_tm(localtime(t.p));
}

sc_fat sc_w_gmtime(sc_fat t, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    return sc_libc_tm(gmtime(t.p));
}

sc_fat sc_w_localtime_r(sc_fat t, sc_fat tm, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    sc__need(tm, sizeof(struct tm), 1, site);
    struct tm *r = localtime_r(t.p, tm.p);
    if (r)
        sc_tm_written(r);
    return sc_derive2(r, tm);
}

sc_fat sc_w_gmtime_r(sc_fat t, sc_fat tm, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    sc__need(tm, sizeof(struct tm), 1, site);
    struct tm *r = gmtime_r(t.p, tm.p);
    if (r)
        sc_tm_written(r);
    return sc_derive2(r, tm);
}

/* mktime normalizes the fields (tm_zone included) in place */
long sc_w_mktime(sc_fat tm, const sc_site *site)
{
    sc__need(tm, sizeof(struct tm), 1, site);
    time_t r = mktime(tm.p);
    sc_tm_written(tm.p);
    return r;
}

sc_fat sc_w_asctime(sc_fat tm, const sc_site *site)
{
    sc__need(tm, sizeof(struct tm), SC_COPY, site); /* some fields */
    return sc_libc_str(asctime(tm.p));
}

sc_fat sc_w_ctime(sc_fat t, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    return sc_libc_str(ctime(t.p));
}

/* asctime_r/ctime_r: the buffer must have the 26 bytes POSIX requires */
sc_fat sc_w_asctime_r(sc_fat tm, sc_fat buf, const sc_site *site)
{
    sc__need(tm, sizeof(struct tm), SC_COPY, site); /* some fields */
    sc__need(buf, 26, 1, site);
    return sc_derive2(asctime_r(tm.p, buf.p), buf);
}

sc_fat sc_w_ctime_r(sc_fat t, sc_fat buf, const sc_site *site)
{
    sc__need(t, sizeof(time_t), 0, site);
    sc__need(buf, 26, 1, site);
    return sc_derive2(ctime_r(t.p, buf.p), buf);
}

/* strftime writes at most max bytes: the destination must have them */
size_t sc_w_strftime(sc_fat s, size_t max, sc_fat fmt, sc_fat tm, const sc_site *site)
{
    sc__str(fmt, site);
    sc__need(tm, sizeof(struct tm), SC_COPY, site); /* some fields */
    sc__need(s, max, 1, site);
    return strftime(s.p, max, fmt.p, tm.p);
}
