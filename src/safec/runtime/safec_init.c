/* safec_init.c — run-time initialization tracking of memory (--uninit=trap).
 *
 * Which objects are tracked: heap blocks from malloc, aligned_alloc,
 * posix_memalign and the grown tail of realloc, and locals declared without
 * an initializer that live in memory (arrays, address-taken variables).
 * Scalar locals use flags instead (see instrument/safe.py), calloc and
 * globals start as zero bytes.
 *
 * How it stays off the fast path: a tracked object's record holds
 * gen | SC_GEN_TRACK while its capabilities hold gen.  Every inline check
 * compares the two, misses, and ends up in sc_chk_slow, which calls
 * sc__init_access here: reads test the object's init bitmap (one bit per
 * byte), writes set it.  Once every byte has been written the object is
 * untracked (its record gets gen back) and from then on costs nothing.
 * Objects that never become whole (a big buffer used in part) stay on the
 * slow path; --uninit=zero is the cheap alternative.
 *
 * What counts as a read: a load of a value.  Copying is not: aggregate
 * loads (SC_COPY) are not tested, memcpy/memmove/realloc copy the bits.
 * Bytes written by code safec has no model of count as written
 * (sc_init_whole on every unchecked boundary call).
 *
 * Threads: bits are set with atomic OR and counted exactly once; the
 * untracking is a compare-and-swap of the gen.  The bitmap is freed when the
 * object ends or becomes whole; a thread racing with that on the same
 * object has a data race in the program itself. */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef struct sc_imap {
    uint64_t nset;        /* bits set so far */
    unsigned char bits[]; /* bit (off & 7) of bits[off >> 3]: byte off written */
} sc_imap;

/* One slot per record index, reserved once (untouched pages cost nothing). */
static sc_imap **sc_imaps;
static pthread_once_t sc_imaps_once = PTHREAD_ONCE_INIT;

static void sc_imaps_reserve(void)
{
    void *m = mmap(NULL, (size_t)SC__MAX_RECORDS * sizeof(sc_imap *), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        sc__fatal("cannot reserve the initialization maps");
    sc_imaps = m;
}

void sc__track(uint32_t obj)
{
    sc_obj *o = &sc_objs[obj];
    if (sc_uninit_zero || o->size == 0)
        return;
    pthread_once(&sc_imaps_once, sc_imaps_reserve);
    sc_imaps[obj] = NULL; /* allocated at the first write */
    __atomic_store_n(&o->gen, o->gen | SC_GEN_TRACK, __ATOMIC_RELEASE);
}

void sc__untrack(uint32_t obj)
{
    if (!sc_imaps)
        return;
    sc_imap *m = __atomic_exchange_n(&sc_imaps[obj], NULL, __ATOMIC_ACQ_REL);
    free(m);
}

/* The live tracked object c names (NULL if c's object is not live and
 * tracked). */
static sc_obj *sc_tracked(sc_cap c)
{
    if (c.obj < 2 || !sc__valid_index(c.obj))
        return NULL;
    sc_obj *o = &sc_objs[c.obj];
    return __atomic_load_n(&o->gen, __ATOMIC_ACQUIRE) == (c.gen | SC_GEN_TRACK) ? o : NULL;
}

/* The object becomes whole: every capability to it is fast again. */
static void sc_whole(sc_obj *o, sc_cap c)
{
    uint32_t g = c.gen | SC_GEN_TRACK;
    if (__atomic_compare_exchange_n(&o->gen, &g, c.gen, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_RELAXED))
        sc__untrack(c.obj);
}

static sc_imap *sc_imap_get(sc_obj *o, uint32_t obj)
{
    sc_imap *m = __atomic_load_n(&sc_imaps[obj], __ATOMIC_ACQUIRE);
    if (m)
        return m;
    sc_imap *n = calloc(1, sizeof(sc_imap) + (size_t)((o->size + 7) >> 3));
    if (!n)
        sc__fatal("out of memory for an initialization map");
    if (__atomic_compare_exchange_n(&sc_imaps[obj], &m, n, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return n;
    free(n);
    return m;
}

/* Mark bytes [off, off + n) of tracked object o written. */
static void sc_set(sc_obj *o, sc_cap c, uint64_t off, uint64_t n)
{
    if (n == 0)
        return;
    sc_imap *m = sc_imap_get(o, c.obj);
    uint64_t added = 0, end = off + n;
    while (off < end) {
        uint64_t i = off >> 3;
        unsigned lo = (unsigned)(off & 7);
        uint64_t take = end - off < 8u - lo ? end - off : 8u - lo;
        unsigned mask = (unsigned)(((1u << take) - 1u) << lo) & 0xFFu;
        if (lo == 0 && take == 8 && m->bits[i] == 0xFF) {
            off += 8;
            continue;
        }
        unsigned char old = __atomic_fetch_or(&m->bits[i], (unsigned char)mask, __ATOMIC_RELAXED);
        added += (uint64_t)__builtin_popcount(mask & ~(unsigned)old & 0xFFu);
        off += take;
    }
    if (added && __atomic_add_fetch(&m->nset, added, __ATOMIC_ACQ_REL) >= o->size)
        sc_whole(o, c);
}

/* The first byte of [off, off + n) of tracked object o not yet written,
 * or off + n if all are. */
static uint64_t sc_first_unset(sc_obj *o, sc_cap c, uint64_t off, uint64_t n)
{
    sc_imap *m = __atomic_load_n(&sc_imaps[c.obj], __ATOMIC_ACQUIRE);
    if (!m)
        return off;
    for (uint64_t a = off; a < off + n; a++)
        if (!(__atomic_load_n(&m->bits[a >> 3], __ATOMIC_RELAXED) & (1u << (a & 7))))
            return a;
    (void)o;
    return off + n;
}

static __attribute__((noreturn)) void sc_report_uninit(sc_fat f, uint64_t off, uint64_t n,
                                                       uint64_t at, const sc_site *site)
{
    sc_obj o;
    if (sc__describe(f.c, &o) != SC_FOUND_LIVE)
        o = sc_objs[f.c.obj];
    const char *noun = sc__kind_noun(o.kind);
    /* how many of the n bytes were written */
    uint64_t written = 0;
    sc_imap *m = __atomic_load_n(&sc_imaps[f.c.obj], __ATOMIC_ACQUIRE);
    for (uint64_t a = off; m && a < off + n; a++)
        written += (m->bits[a >> 3] >> (a & 7)) & 1u;
    if (written == 0)
        sc_report(SC_V_UNINITIALIZED_READ, site, f.c, f.p,
                  "read of %llu byte%s at offset %llu of %s %llu-byte %s, never written",
                  (unsigned long long)n, n == 1 ? "" : "s", (unsigned long long)off,
                  sc__a(o.size), (unsigned long long)o.size, noun);
    sc_report(SC_V_UNINITIALIZED_READ, site, f.c, f.p,
              "read of %llu bytes at offset %llu of %s %llu-byte %s; %llu of them never "
              "written, the first at offset %llu",
              (unsigned long long)n, (unsigned long long)off, sc__a(o.size),
              (unsigned long long)o.size, noun, (unsigned long long)(n - written),
              (unsigned long long)at);
}

bool sc__init_access(sc_fat f, uint64_t off, size_t n, int mode, const sc_site *site)
{
    sc_obj *o = sc_tracked(f.c);
    if (!o)
        return false;
    if (mode == SC_WRITE) {
        sc_set(o, f.c, off, n);
    } else if (mode == SC_READ || mode == SC_RMW) { /* SC_COPY, SC_PUT: nothing */
        uint64_t at = sc_first_unset(o, f.c, off, n);
        if (at < off + n)
            sc_report_uninit(f, off, n, at, site);
    }
    return true;
}

/* ------------------------------------------------------------ wrappers */

/* Offset of f.p in its tracked object, or NULL (not tracked).  The caller
 * has checked the range [f.p, f.p + n) already. */
static sc_obj *sc_tracked_at(sc_fat f, uint64_t *off)
{
    sc_obj *o = sc_tracked(f.c);
    if (o)
        *off = (uintptr_t)f.p - o->base;
    return o;
}

void sc__init_set(sc_fat f, size_t n)
{
    uint64_t off;
    sc_obj *o = sc_tracked_at(f, &off);
    if (o && n)
        sc_set(o, f.c, off, n);
}

void sc__init_need(sc_fat f, size_t n, const sc_site *site)
{
    uint64_t off;
    sc_obj *o = sc_tracked_at(f, &off);
    if (!o || n == 0)
        return;
    uint64_t at = sc_first_unset(o, f.c, off, n);
    if (at < off + n)
        sc_report_uninit(f, off, n, at, site);
}

void sc__init_copy(sc_fat d, sc_fat s, size_t n)
{
    uint64_t doff, soff;
    sc_obj *dobj = sc_tracked_at(d, &doff);
    if (!dobj || n == 0)
        return;
    sc_obj *sobj = sc_tracked_at(s, &soff);
    if (!sobj) { /* every source byte is initialized */
        sc_set(dobj, d.c, doff, n);
        return;
    }
    sc_imap *sm = __atomic_load_n(&sc_imaps[s.c.obj], __ATOMIC_ACQUIRE);
    if (!sm)
        return; /* nothing of the source was written */
    /* runs of written source bytes (the ranges may overlap: memmove; the
     * source bits are read before the destination's are set per run) */
    uint64_t i = 0;
    while (i < n) {
        while (i < n && !(sm->bits[(soff + i) >> 3] & (1u << ((soff + i) & 7))))
            i++;
        uint64_t j = i;
        while (j < n && (sm->bits[(soff + j) >> 3] & (1u << ((soff + j) & 7))))
            j++;
        if (j > i)
            sc_set(dobj, d.c, doff + i, j - i);
        i = j;
        if (!sc_tracked(d.c))
            return; /* became whole */
        if (!sc_tracked(s.c))
            return;
    }
}

void sc_init_whole(sc_cap c)
{
    sc_obj *o = sc_tracked(c);
    if (o)
        sc_whole(o, c);
}

sc_cap sc__reg_uninit(sc_cap c)
{
    if (c.obj > 1)
        sc__track(c.obj);
    return c;
}
