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

/* The init state of a tracked object lives in sc_imaps[obj]:
 *   0                      nothing written yet;
 *   SC_SMALL | bits        an object of at most 63 bytes: bit i = byte i;
 *   SC__PREFIX | n         a bigger object of which bytes [0, n) are written
 *                          and no others: a buffer filled from its start
 *                          (a string appended to, a vector pushed onto)
 *                          needs no map;
 *   (sc_imap *)            a bigger object's map, made at its first write
 *                          that leaves a gap;
 *   (sc_imap *) | 1        a local's map in its frame (sc_reg_local): named
 *                          accesses set and test its bits inline (sc_ib_*),
 *                          so its nset and prefix only count what went
 *                          through here, and it is never freed here.
 * A map's `prefix` is the length of the written prefix [0, prefix): loop
 * windows of a tracked object cover it (see sc_win_tracked), so a buffer
 * filled from the front is checked inline as far as it is filled. */
#define SC_SMALL SC__SMALL
#define SC_SMALL_MAX 63u

typedef struct sc_imap {
    uint64_t nset;        /* bits set so far */
    uint64_t prefix;      /* bytes [0, prefix) are all written */
    unsigned char bits[]; /* bit (off & 7) of bits[off >> 3]: byte off written */
} sc_imap;

/* One slot per record index, reserved once (untouched pages cost nothing). */
uint64_t *sc__imaps;
#define sc_imaps sc__imaps
static pthread_once_t sc_imaps_once = PTHREAD_ONCE_INIT;

static void sc_imaps_reserve(void)
{
    void *m = mmap(NULL, (size_t)sc__nrec() * sizeof(uint64_t), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        sc__fatal("cannot reserve the initialization maps");
    /* sc__track reads it before it takes the once */
    __atomic_store_n(&sc_imaps, (uint64_t *)m, __ATOMIC_RELEASE);
}

/* Object obj is tracked from here on, with init state v: the state is set
 * before the gen says tracked (a reader that sees the gen finds it). */
static inline void sc_track_with(sc_obj *o, uint32_t obj, uint64_t v)
{
    if (__builtin_expect(!__atomic_load_n(&sc_imaps, __ATOMIC_ACQUIRE), 0))
        pthread_once(&sc_imaps_once, sc_imaps_reserve);
    sc_imaps[obj] = v;
    __atomic_store_n(&o->gen, o->gen | SC_GEN_TRACK, __ATOMIC_RELEASE);
}

void sc__track_map(uint32_t obj, uint64_t v) { sc_track_with(&sc_objs[obj], obj, v); }

void sc__track(uint32_t obj)
{
    sc_obj *o = &sc_objs[obj];
    if (sc_uninit_zero || o->size == 0)
        return;
    sc_track_with(o, obj, o->size <= SC_SMALL_MAX ? SC_SMALL : 0);
}

/* As sc__track, for an object whose first len bytes are written already
 * (a block realloc grew in place: its old bytes keep their values). */
void sc__track_prefix(uint32_t obj, uint64_t len)
{
    sc_obj *o = &sc_objs[obj];
    if (sc_uninit_zero || len >= o->size)
        return;
    sc_track_with(o, obj, o->size <= SC_SMALL_MAX ? SC_SMALL | (((uint64_t)1 << len) - 1)
                                                 : (len ? SC__PREFIX | len : 0));
}

void sc__untrack(uint32_t obj)
{
    if (!sc_imaps)
        return;
    uint64_t v = sc_xchg64(&sc_imaps[obj], 0);
    if (v && !(v & (SC_SMALL | SC__PREFIX | 1u)))
        free((void *)(uintptr_t)v);
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
    if (sc_cas32(&o->gen, c.gen | SC_GEN_TRACK, c.gen))
        sc__untrack(c.obj);
}

void sc__init_whole(uint32_t obj, uint32_t gen)
{
    sc_whole(&sc_objs[obj], (sc_cap){obj, gen, 0, 0});
}

static inline unsigned sc_popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

_Static_assert(sizeof(sc_imap) == 2 * sizeof(uint64_t), "sc_ib_* assume a 16-byte header");

/* The bits of bytes a, a + 1, ... of a map's object, as bit 0, 1, ... of
 * the result: *valid of them (57 to 64) are read.  Bit (a & 7) of
 * bits[a >> 3] is byte a, so on a little-endian machine the 8 bytes from
 * bits[a >> 3] hold them in order.  Every map has a spare word past its
 * last bits byte: the load stays inside. */
static inline uint64_t sc_bits_from(const sc_imap *m, uint64_t a, unsigned *valid)
{
    uint64_t w;
    memcpy(&w, m->bits + (a >> 3), sizeof w);
    *valid = 64u - (unsigned)(a & 7);
    return w >> (a & 7);
}

/* The first byte of [from, to) whose bit is `set`, or to: 57 or more bits
 * per step.  Bits past the object's size are never set. */
static uint64_t sc_map_first(const sc_imap *m, uint64_t from, uint64_t to, bool set)
{
    for (uint64_t q = from; q < to;) {
        unsigned valid;
        uint64_t w = sc_bits_from(m, q, &valid);
        if (!set)
            w = ~w;
        if (valid < 64)
            w &= ((uint64_t)1 << valid) - 1;
        if (w) {
            q += (uint64_t)__builtin_ctzll(w);
            return q < to ? q : to;
        }
        q += valid;
    }
    return to;
}

/* *p |= v; the old value. */
static inline uint64_t sc_fetch_or64(uint64_t *p, uint64_t v)
{
    if (SC_ONE_THREAD()) {
        uint64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
        __atomic_store_n(p, old | v, __ATOMIC_RELAXED);
        return old;
    }
    return __atomic_fetch_or(p, v, __ATOMIC_ACQ_REL);
}

/* Set the bits of bytes [off, end) in map m, a 64-bit word (64 bytes) at a
 * time (bits start 16 bytes into the map: words are aligned); how many
 * were not set before. */
static uint64_t sc_map_set(sc_imap *m, uint64_t off, uint64_t end)
{
    uint64_t *words = (uint64_t *)(void *)m->bits;
    uint64_t added = 0;
    for (uint64_t a = off; a < end;) {
        unsigned lo = (unsigned)(a & 63);
        uint64_t take = end - a < 64u - lo ? end - a : 64u - lo;
        uint64_t mask = (take == 64 ? ~(uint64_t)0 : ((uint64_t)1 << take) - 1) << lo;
        uint64_t *w = &words[a >> 6];
        if ((__atomic_load_n(w, __ATOMIC_RELAXED) & mask) != mask)
            added += sc_popcount64(mask & ~sc_fetch_or64(w, mask));
        a += take;
    }
    return added;
}

/* Tracked object o's map, made now if it has none: from its SC__PREFIX
 * state, if it has one. */
static sc_imap *sc_imap_get(sc_obj *o, uint32_t obj)
{
    uint64_t v = __atomic_load_n(&sc_imaps[obj], __ATOMIC_ACQUIRE);
    for (;;) {
        if (v && !(v & SC__PREFIX))
            return (sc_imap *)(uintptr_t)(v & ~(uint64_t)1);
        /* whole words of bits and a spare one, as a local's map in its
         * frame (SC_IB_WORDS): an 8-byte load at any bits byte stays inside */
        sc_imap *n = calloc(1, sizeof(sc_imap) + (size_t)((o->size + 63) >> 6) * 8 + 8);
        if (!n)
            sc__fatal("out of memory for an initialization map");
        uint64_t p = SC__PREFIX_LEN(v);
        n->nset = sc_map_set(n, 0, p);
        n->prefix = p;
        if (__atomic_compare_exchange_n(&sc_imaps[obj], &v, (uint64_t)(uintptr_t)n, false,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return n;
        free(n); /* another thread moved it on: v is its state now */
    }
}

/* Raise m's written prefix to q (prefixes only grow; threads may race). */
static void sc_prefix_raise(sc_imap *m, uint64_t q)
{
    uint64_t cur = __atomic_load_n(&m->prefix, __ATOMIC_RELAXED);
    if (SC_ONE_THREAD()) {
        if (cur < q)
            __atomic_store_n(&m->prefix, q, __ATOMIC_RELAXED);
        return;
    }
    while (cur < q && !__atomic_compare_exchange_n(&m->prefix, &cur, q, true, __ATOMIC_RELAXED,
                                                   __ATOMIC_RELAXED))
        ;
}

/* The written prefix [0, p) of m was just extended to end by a write:
 * it grows on over the bytes written before that follow. */

static void sc_prefix_grow(sc_obj *o, sc_imap *m, uint64_t end)
{
    sc_prefix_raise(m, sc_map_first(m, end, o->size, false));
}

/* Mark bytes [off, off + n) of tracked object o written. */
static void sc_set(sc_obj *o, sc_cap c, uint64_t off, uint64_t n)
{
    if (n == 0)
        return;
    uint64_t end = off + n;
    if (off == 0 && n >= o->size) { /* memset, memcpy, fread of the whole object */
        sc_whole(o, c);
        return;
    }
    uint64_t v = __atomic_load_n(&sc_imaps[c.obj], __ATOMIC_RELAXED);
    if (v & SC_SMALL) {
        uint64_t mask = (((uint64_t)1 << n) - 1) << off;
        v = sc_or64(&sc_imaps[c.obj], mask);
        if (sc_popcount64(v & ~SC_SMALL) >= o->size)
            sc_whole(o, c);
        return;
    }
    while (!v || (v & SC__PREFIX)) { /* written from the start only */
        if (off > SC__PREFIX_LEN(v))
            break; /* a gap: it takes a map */
        if (end >= o->size) {
            sc_whole(o, c);
            return;
        }
        if (sc__prefix_write(c.obj, v, off, end, o->size))
            return;
        v = __atomic_load_n(&sc_imaps[c.obj], __ATOMIC_RELAXED); /* another thread's update */
    }
    sc_imap *m = sc_imap_get(o, c.obj);
    uint64_t added = sc_map_set(m, off, end);
    /* the written prefix grows when this write touches its end */
    uint64_t p = __atomic_load_n(&m->prefix, __ATOMIC_RELAXED);
    if (off <= p && p < end)
        sc_prefix_grow(o, m, end);
    if (added && sc_add64(&m->nset, added) >= o->size)
        sc_whole(o, c);
}

bool sc__init_map_set(uint32_t obj, uint32_t gen, uint64_t *map, uint64_t off, size_t n)
{
    sc_imap *m = (sc_imap *)map;
    unsigned mask = ((1u << n) - 1u) << (off & 7);
    unsigned old = sc_or8(&m->bits[off >> 3], (unsigned char)mask);
    if (mask >> 8)
        old |= (unsigned)sc_or8(&m->bits[(off >> 3) + 1], (unsigned char)(mask >> 8)) << 8;
    unsigned added = sc_popcount64(mask & ~old & 0xFFFFu);
    sc_obj *ob = &sc_objs[obj];
    uint64_t p = __atomic_load_n(&m->prefix, __ATOMIC_RELAXED);
    if (off <= p && p < off + n)
        sc_prefix_grow(ob, m, off + n);
    if (added && sc_add64(&m->nset, added) >= ob->size)
        sc_whole(ob, (sc_cap){obj, gen, 0, 0});
    return true;
}

/* The first byte of [off, off + n) of tracked object o not yet written,
 * or off + n if all are. */
static uint64_t sc_first_with(sc_cap c, uint64_t off, uint64_t n, bool set)
{
    if (n == 0)
        return off;
    uint64_t v = __atomic_load_n(&sc_imaps[c.obj], __ATOMIC_ACQUIRE);
    if (v & SC_SMALL) { /* off + n <= size <= 63: bit 63 is the tag */
        uint64_t w = ((set ? v : ~v) & ~SC_SMALL) >> off;
        if (n < 64)
            w &= ((uint64_t)1 << n) - 1;
        return w ? off + (uint64_t)__builtin_ctzll(w) : off + n;
    }
    if (v & SC__PREFIX) { /* bytes [0, p) written, no others */
        uint64_t p = SC__PREFIX_LEN(v);
        if (set)
            return off < p ? off : off + n;
        return off + n <= p ? off + n : off < p ? p : off;
    }
    sc_imap *m = (sc_imap *)(uintptr_t)(v & ~(uint64_t)1);
    if (!m) /* nothing written yet */
        return set ? off + n : off;
    if (set)
        return sc_map_first(m, off, off + n, true);
    uint64_t p = __atomic_load_n(&m->prefix, __ATOMIC_RELAXED);
    if (off + n <= p)
        return off + n;
    if (off > p)
        return sc_map_first(m, off, off + n, false);
    /* a read from inside the written prefix: scan on from its end, and
     * keep what was found (writes by name do not move it), so the next
     * read of these bytes is answered by the prefix (sc__init_quick) */
    uint64_t q = sc_map_first(m, p, off + n, false);
    if (q > p)
        sc_prefix_raise(m, q);
    return q;
}

static uint64_t sc_first_unset(sc_cap c, uint64_t off, uint64_t n)
{
    return sc_first_with(c, off, n, false);
}

/* Bytes of [off, off + n) written (for reports). */
static uint64_t sc_count_set(sc_cap c, uint64_t off, uint64_t n)
{
    uint64_t k = 0, a = off;
    while (a < off + n) {
        uint64_t u = sc_first_unset(c, a, off + n - a);
        k += u - a;
        a = u + 1;
    }
    return k;
}

int sc_copied_init_slow(void *p, sc_capw cw, size_t n, int any)
{
    sc_cap c = sc_cap_of(cw);
    if (c.obj < 2 || !sc__valid_index(c.obj) || !sc_imaps)
        return 1;
    const sc_obj *o = &sc_objs[c.obj];
    if (__atomic_load_n(&o->gen, __ATOMIC_ACQUIRE) != (c.gen | SC_GEN_TRACK))
        return 1; /* not tracked (or whole since) */
    uint64_t off = (uintptr_t)p - o->base;
    if (off > o->size || n > o->size - off || n == 0)
        return 1;
    if (!any)
        return sc_first_unset(c, off, n) == off + n;
    return sc_count_set(c, off, n) != 0;
}

static __attribute__((noreturn)) void sc_report_uninit(sc_obj *ob, sc_fat f, uint64_t off,
                                                       uint64_t n, uint64_t at,
                                                       const sc_site *site)
{
    uint64_t written = sc_count_set(f.c, off, n);
    sc_obj o;
    if (sc__describe(f.c, &o) != SC_FOUND_LIVE)
        o = *ob;
    const char *noun = sc__kind_noun(o.kind);
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
    if (SC_MODE(mode) == SC_WRITE) { /* and the member's trailing padding */
        uint64_t end = off + n + SC_PAD_AFTER(mode);
        n = (size_t)((end <= f.c.hi ? end : (f.c.hi > off ? f.c.hi : off + n)) - off);
    }
    mode = SC_MODE(mode);
    sc_obj *o = sc_tracked(f.c);
    if (!o)
        return false;
    if (mode == SC_WRITE) {
        sc_set(o, f.c, off, n);
    } else if (mode == SC_READ || mode == SC_RMW) { /* SC_COPY, SC_PUT: nothing */
        uint64_t at = sc_first_unset(f.c, off, n);
        if (at < off + n)
            sc_report_uninit(o, f, off, n, at, site);
    }
    return true;
}

/* ------------------------------------------------------------ loop windows */

/* The first unwritten byte of [from, to) of a map's object, or to. */
static uint64_t sc_scan_run(const sc_imap *m, uint64_t from, uint64_t to)
{
    return sc_map_first(m, from, to, false);
}

/* Length of the written prefix of a map's object of `size` bytes: scanned
 * on from the counted prefix (a lower bound: bits are never cleared, and
 * bits past size are never set). */
static uint64_t sc_scan_prefix(const sc_imap *m, uint64_t size)
{
    return sc_scan_run(m, __atomic_load_n(&m->prefix, __ATOMIC_RELAXED), size);
}

/* Written runs found past objects' written prefixes, per thread: loop
 * windows are taken at every entry of a loop (bzip2's mainGtU, a million
 * times per block, over a 900 KB block), and a run is only scanned past
 * where it was last seen to end (bits are never cleared while the object
 * lives; the gen tells a reused record apart). */
typedef struct sc_run {
    uint32_t obj, gen;
    uint64_t lo, hi; /* bytes [lo, hi) all written */
} sc_run;
static __thread sc_run sc_runs[4];

/* The written run of a map's object (record obj, gen) that holds byte
 * `at`, within [0, size): [*lo, returned end); empty (end == at) if byte
 * at is not written. */
static uint64_t sc_run_at(const sc_imap *m, uint32_t obj, uint32_t gen, uint64_t at,
                          uint64_t size, uint64_t *lo)
{
    sc_run *e = &sc_runs[obj & 3];
    uint64_t from = at;
    *lo = at;
    if (e->obj == obj && e->gen == gen && e->lo <= at && at <= e->hi) {
        *lo = e->lo;
        from = e->hi;
    }
    uint64_t hi = sc_scan_run(m, from, size);
    if (hi > at)
        *e = (sc_run){obj, gen, *lo, hi};
    return hi;
}

sc_win sc_win_tracked(sc_fat f)
{
    sc_win w = {1, 0};
    if (f.c.obj < 2 || !sc__valid_index(f.c.obj))
        return w;
    sc_obj *o = &sc_objs[f.c.obj];
    uint32_t g = __atomic_load_n(&o->gen, __ATOMIC_ACQUIRE);
    if ((g & ~SC_GEN_TRACK) != f.c.gen)
        return w;
    uint64_t lo = f.c.lo, hi = f.c.hi;
    if (g & SC_GEN_TRACK) {
        uint64_t v = __atomic_load_n(&sc_imaps[f.c.obj], __ATOMIC_ACQUIRE);
        uint64_t at = (uintptr_t)f.p - o->base; /* where the loop starts */
        uint64_t p;
        const sc_imap *m = NULL;
        if (v & SC_SMALL) {
            p = ~v ? (uint64_t)__builtin_ctzll(~v) : SC_SMALL_MAX; /* bit 63: the tag */
        } else if (v & SC__PREFIX) {
            p = SC__PREFIX_LEN(v); /* and nothing written past it */
        } else if (v) {
            /* inline writes (sc_ib, sc_fill_bits) set bits without moving
             * the prefix: scan on from it, and keep what was found */
            sc_imap *mm = (sc_imap *)(uintptr_t)(v & ~(uint64_t)1);
            p = sc_scan_prefix(mm, o->size);
            sc_prefix_raise(mm, p);
            if (p >= o->size) { /* every byte written: the object is whole */
                sc_whole(o, f.c);
                p = hi;
            }
            m = mm;
        } else {
            p = 0;
        }
        if (p <= at && at >= lo && at < hi) {
            /* the written prefix stops before the pointer (a member array
             * of a struct whose first members are never written): the
             * written run where it points */
            uint64_t rlo = at;
            if (m)
                p = sc_run_at(m, f.c.obj, f.c.gen, at, hi, &rlo);
            else if (v & SC_SMALL)
                for (p = at; p < hi && p < SC_SMALL_MAX && ((v >> p) & 1); p++)
                    ;
            if (rlo > lo)
                lo = rlo;
        }
        if (p < hi)
            hi = p;
        if (hi <= lo)
            return w;
    }
    w.lo = o->base + lo;
    w.hi = o->base + hi;
    return w;
}

/* The loop window of member array [f.p + off, + size) of a live tracked
 * object (sc_win_sub) whose written prefix does not cover it: the member's
 * own written run that holds address `from` in it (bzip2's DState, whose
 * first members are never written, had every access of its arrays go
 * through here).  A loop that goes past it refreshes it from where it got
 * to (sc_chk_fail_ws). */
static sc_win sc_win_sub_from(sc_fat f, size_t off, size_t size, uintptr_t from)
{
    sc_win w = sc_win_tracked(f);
    uintptr_t a = (uintptr_t)f.p + off;
    if (a >= w.lo && a <= w.hi && size <= w.hi - a)
        return (sc_win){a, a + size};
    sc_win none = {1, 0};
    if (f.c.obj < 2 || !sc__valid_index(f.c.obj))
        return none;
    const sc_obj *o = &sc_objs[f.c.obj];
    if (__atomic_load_n(&o->gen, __ATOMIC_ACQUIRE) != (f.c.gen | SC_GEN_TRACK))
        return w; /* whole since, or dead: as sc_win_of found it */
    uint64_t moff = a - o->base;
    if (moff < f.c.lo || moff > f.c.hi || size > f.c.hi - moff)
        return none; /* not inside the capability: every access reports */
    if (from < a || from - a >= size)
        return none;
    uint64_t start = from - o->base, rlo = start;
    uint64_t v = __atomic_load_n(&sc_imaps[f.c.obj], __ATOMIC_ACQUIRE);
    uint64_t u;
    if (v & (SC_SMALL | SC__PREFIX))
        u = sc_first_unset(f.c, start, moff + size - start);
    else if (v)
        u = sc_run_at((const sc_imap *)(uintptr_t)(v & ~(uint64_t)1), f.c.obj, f.c.gen, start,
                      moff + size, &rlo);
    else
        u = start;
    if (u == start)
        return none;
    if (rlo < moff)
        rlo = moff;
    return (sc_win){o->base + rlo, o->base + u};
}

/* A write of [p, p + n) inside capability c's window into its live
 * tracked object, recorded on the short path: false if it needs more. */
static bool sc_track_write(void *p, sc_cap c, size_t n, int mode)
{
    if (c.obj < 2 || !sc__valid_index(c.obj))
        return false;
    const sc_obj *o = &sc_objs[c.obj];
    uint64_t off = (uintptr_t)p - o->base;
    return __atomic_load_n(&o->gen, __ATOMIC_ACQUIRE) == (c.gen | SC_GEN_TRACK) &&
           off >= c.lo && off + n <= c.hi && off + n >= off &&
           sc__init_quick(c.obj, o, c.gen, c.hi, off, n, mode);
}

sc_win sc_chk_fail_w(void *p, sc_capw cw, size_t n, int mode, const sc_site *site, sc_win cur)
{
    sc_cap c = sc_cap_of(cw);
    /* a loop filling a tracked buffer past its written prefix: the bytes
     * are marked written, the window stays (a read of them refreshes it) */
    if (SC_MODE(mode) == SC_WRITE && sc_track_write(p, c, n, mode))
        return cur;
    /* usually a loop's first access to a tracked object: inside its
     * written prefix, which needs nothing but the window */
    sc_win w = sc_win_tracked((sc_fat){p, c});
    size_t pad = SC_MODE(mode) == SC_WRITE ? SC_PAD_AFTER(mode) : 0;
    if (SC_IN_WIN((uintptr_t)p, n + pad, w))
        return w;
    sc_chk_fail(p, cw, n, mode, site);
    return sc_win_tracked((sc_fat){p, c});
}

sc_win sc_chk_fail_ws(void *p, void *rp, sc_capw rc, size_t off, size_t size, size_t n,
                      int mode, const sc_site *site)
{
    sc_chk_fail_sub(p, rp, rc, off, size, n, mode, site);
    sc_fat root = {rp, sc_cap_of(rc)};
    sc_win w = sc_win_sub(root, off, size);
    if (!SC_IN_WIN((uintptr_t)p, n, w) && sc_objs[root.c.obj].gen == (root.c.gen | SC_GEN_TRACK))
        w = sc_win_sub_from(root, off, size, (uintptr_t)p); /* on from where the loop is */
    return w;
}

sc_win sc_win_sub_tracked(sc_fat f, size_t off, size_t size)
{
    return sc_win_sub_from(f, off, size, (uintptr_t)f.p + off);
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
    uint64_t at = sc_first_unset(f.c, off, n);
    if (at < off + n)
        sc_report_uninit(o, f, off, n, at, site);
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
    /* runs of written source bytes (the ranges may overlap: memmove; the
     * source state is read before the destination's is set, run by run) */
    uint64_t i = 0;
    while (i < n) {
        uint64_t j = sc_first_unset(s.c, soff + i, n - i) - soff;
        if (j > i)
            sc_set(dobj, d.c, doff + i, j - i);
        if (j >= n || !sc_tracked(d.c) || !sc_tracked(s.c))
            return; /* done, or one became whole */
        i = sc_first_with(s.c, soff + j, n - j, true) - soff; /* the next written byte */
    }
}

void sc__init_copy_out(sc_fat d, sc_fat s, size_t n) { sc__init_copy(d, s, n); }

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

sc_fat sc_init_pad(sc_fat f, size_t elem, const unsigned char *pad)
{
    sc_obj *o = sc_tracked(f.c);
    if (!o || elem == 0 || (uintptr_t)f.p != o->base)
        return f;
    uint64_t v = __atomic_load_n(&sc_imaps[f.c.obj], __ATOMIC_ACQUIRE);
    if (v & SC_SMALL) {
        for (uint64_t base = 0; base + elem <= o->size && sc_tracked(f.c); base += elem)
            for (size_t b = 0; b < elem; b++)
                if ((pad[b >> 3] >> (b & 7)) & 1u)
                    sc_set(o, f.c, base + b, 1);
        return f;
    }
    /* a new big object (or a local's map): set the bits directly, once */
    sc_imap *m = sc_imap_get(o, f.c.obj);
    uint64_t added = 0;
    for (uint64_t base = 0; base + elem <= o->size; base += elem)
        for (size_t b = 0; b < elem; b++)
            if ((pad[b >> 3] >> (b & 7)) & 1u) {
                uint64_t a = base + b;
                unsigned char bit = (unsigned char)(1u << (a & 7));
                if (!(m->bits[a >> 3] & bit)) {
                    m->bits[a >> 3] |= bit;
                    added++;
                }
            }
    if (added && sc_add64(&m->nset, added) >= o->size)
        sc_whole(o, f.c);
    return f;
}

sc_cap sc_reg_local(void *base, size_t size, const char *type_name, const sc_site *site,
                    void *map, const unsigned char *pad)
{
    sc_cap c = sc__reg_local(base, size, type_name, site, (uint64_t)(uintptr_t)map | 1u);
    if (pad && sc_tracked(c))
        sc_init_pad((sc_fat){base, c}, size, pad);
    return c;
}

void *sc_ib_fail(void *p, const void *var, sc_cap c, size_t n, unsigned char *bits,
                 const sc_site *site)
{
    if (c.obj == 0 && c.gen == SC_GEN_LAZY) { /* a by-name array: recorded only now */
        const sc_lazy *d = (const sc_lazy *)(uintptr_t)((uint64_t)c.hi << 32 | c.lo);
        c = sc_reg_local((void *)(uintptr_t)var, d->size, d->type_name, d->site,
                         bits - 2 * sizeof(uint64_t), NULL);
    }
    sc_obj *o = sc_tracked(c);
    if (!o) {
        /* Whole since (written by code safec has no model of): its bits
         * catch up now. */
        const sc_obj *r = &sc_objs[c.obj];
        if (c.obj < 2 || !sc__valid_index(c.obj) || !r->live || r->gen != c.gen)
            sc__fatal("initialization map of a dead local");
        memset(bits, 0xFF, (size_t)((r->size + 7) >> 3));
        return p;
    }
    uint64_t off = (uintptr_t)p - o->base;
    sc_report_uninit(o, (sc_fat){p, c}, off, n, sc_first_unset(c, off, n), site);
}

void sc_ib_set_range(unsigned char *bits, size_t off, size_t n)
{
    for (size_t a = off; a < off + n; a++)
        bits[a >> 3] |= (unsigned char)(1u << (a & 7));
}

bool sc_ib_test_range(const unsigned char *bits, size_t off, size_t n)
{
    for (size_t a = off; a < off + n; a++)
        if (!((bits[a >> 3] >> (a & 7)) & 1u))
            return false;
    return true;
}
