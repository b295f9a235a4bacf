/* safec_rt.h — the interface between instrumented (safe) C and the safe-C runtime.
 *
 * Every pointer value in safe code travels as an sc_fat: the address plus a
 * capability naming one object (by record index and generation) and an access
 * window (byte offsets from the object's base).  The checks here are the hot
 * path and are static inline; everything that reports, allocates or searches
 * lives out of line in safec_rt.c.
 *
 * Records: sc_objs[0] is "no capability" (NULL, forged, never valid),
 * sc_objs[1] is "wild" (a pointer that came from code safec has no model for:
 * accesses are allowed and counted).  A live object's record holds gen == the
 * gen of every capability to it; killing the object bumps gen, so stale
 * capabilities fail even after the record is reused for a new object.
 */
#ifndef SAFEC_RT_H
#define SAFEC_RT_H

/* Safe code of any C dialect includes this header (-std=c89 too): its
 * inline functions are __inline__, and declare loop counters before the
 * loop. */

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ threads
 * While the process has one thread, nothing can race with the runtime's
 * read-modify-writes of its own state (life words, init bits, spin locks),
 * so they are done as plain loads and stores: a locked instruction waits
 * for the store buffer to drain, and a malloc/free pair did several.
 * glibc clears __libc_single_threaded for good in the first pthread_create,
 * before the new thread exists, so no update is ever half plain and half
 * atomic.  (Signal handlers that free or check memory the interrupted code
 * is freeing race with it either way; libc's own allocator is not
 * async-signal-safe either.) */
#if defined(__GLIBC__) && defined(__has_include)
#if __has_include(<sys/single_threaded.h>)
#include <sys/single_threaded.h>
#define SC_ONE_THREAD() __builtin_expect(__libc_single_threaded != 0, 1)
#endif
#endif
#ifndef SC_ONE_THREAD
#define SC_ONE_THREAD() 0
#endif

/* *p |= v; the new value. */
static __inline__ uint64_t sc_or64(uint64_t *p, uint64_t v)
{
    if (SC_ONE_THREAD()) {
        v |= __atomic_load_n(p, __ATOMIC_RELAXED);
        __atomic_store_n(p, v, __ATOMIC_RELAXED);
        return v;
    }
    return __atomic_or_fetch(p, v, __ATOMIC_ACQ_REL);
}

/* *p |= v; the old value. */
static __inline__ unsigned char sc_or8(unsigned char *p, unsigned char v)
{
    unsigned char old;
    if (SC_ONE_THREAD()) {
        old = __atomic_load_n(p, __ATOMIC_RELAXED);
        __atomic_store_n(p, (unsigned char)(old | v), __ATOMIC_RELAXED);
        return old;
    }
    return __atomic_fetch_or(p, v, __ATOMIC_RELAXED);
}

typedef struct sc_cap {
    uint32_t obj; /* record index; 0 = no capability, 1 = wild */
    uint32_t gen; /* generation the object had when the capability was made */
    uint32_t lo;  /* window: [base + lo, base + hi) */
    uint32_t hi;
} sc_cap;

typedef struct sc_fat {
    void *p;
    sc_cap c;
} sc_fat;

/* A capability as one 128-bit scalar, for where it crosses a call or
 * thread-local memory.  gcc keeps an sc_cap parameter in memory and reads
 * its four fields back from there, and it builds an sc_cap argument with
 * four 4-byte stores that the 8-byte argument loads cannot forward from:
 * a stall of a dozen cycles per capability per call, most of a small
 * recursive function's time.  Passed to a cold slow path, an sc_cap is
 * packed into a vector register on the hot path, at every check.  As a
 * scalar it stays in two registers, built only where it is used. */
__extension__ typedef unsigned __int128 sc_capw;
/* Built from two 64-bit halves: a 128-bit shift by 32 or 96 is done by
 * gcc through a stack slot of its own at every inlined check, which made
 * the frame of a function with thousands of checks (an interpreter's
 * dispatch loop) tens of kilobytes. */
static __inline__ __attribute__((always_inline)) sc_capw sc_capw_of(sc_cap c)
{
    uint64_t og = (uint64_t)c.obj | (uint64_t)c.gen << 32;
    uint64_t win = (uint64_t)c.lo | (uint64_t)c.hi << 32;
    return (sc_capw)win << 64 | og;
}
static __inline__ __attribute__((always_inline)) sc_cap sc_cap_of(sc_capw w)
{
    uint64_t og = (uint64_t)w, win = (uint64_t)(w >> 64);
    sc_cap c;
    c.obj = (uint32_t)og;
    c.gen = (uint32_t)(og >> 32);
    c.lo = (uint32_t)win;
    c.hi = (uint32_t)(win >> 32);
    return c;
}

/* A source position, emitted as a static constant per check site. */
typedef struct sc_site {
    const char *file;
    const char *func;
    int line, col;
} sc_site;

enum sc_kind {
    SC_K_NONE = 0,
    SC_K_HEAP = 1,
    SC_K_STACK = 2,
    SC_K_GLOBAL = 3,
    SC_K_LITERAL = 4,
    SC_K_FUNC = 5,
    SC_K_ARGV = 6,   /* argv strings, environment */
    SC_K_EXTERN = 7  /* memory owned by regular C, registered by a wrapper */
};

typedef struct sc_obj {
    uintptr_t base;
    uint64_t size;
    uint32_t gen;
    uint8_t kind;
    uint8_t live;
    uint8_t exposed;  /* its address was converted to an integer (PNVI-ae) */
    uint8_t flags;
    uint32_t link;    /* runtime-private: next record in its address-index
                       * bucket while live; once dead, its free site's desc */
    uint32_t desc;    /* what reports say about it: sc_descs[desc] */
} __attribute__((aligned(32))) sc_obj; /* two records per cache line */

/* The description of an object: its type ("int[10]"; a function's name),
 * the site that made it and, for a function, its type id.  A record holds
 * an index into one table of these, made once per distinct description
 * (there are about as many as allocation sites), rather than the three
 * fields: a record is half a cache line, and pointer-chasing code reads
 * one record per node it visits.  Entry 0 describes nothing. */
typedef struct sc_desc {
    const char *type_name;
    const sc_site *site;
    uint32_t type_id; /* SC_K_FUNC: function type id (0 = any) */
} sc_desc;
extern sc_desc *sc_descs; /* one reservation, never moves */

extern sc_obj *sc_objs; /* one reservation, never moves */

/* sc_obj.flags */
#define SC_F_EXTERN_WRITTEN 1u /* regular C may have stored pointers in it */

#define SC_NOCAP ((sc_cap){0, 0, 0, 0})
/* No capability either: a pointer loaded from bytes that were written as
 * data (reported as a forged pointer even at a small address). */
#define SC_DATACAP ((sc_cap){0, 1, 0, 0})

/* The `write` argument of the checks: how the bytes are accessed. */
#define SC_READ 0  /* a value is read */
#define SC_WRITE 1 /* written */
#define SC_RMW 2   /* read, then written (x++, x += v) */
#define SC_COPY 3  /* read to be copied (an aggregate): may be uninitialized */
#define SC_PUT 4   /* written by a wrapper that sets the init state itself */
/* A write may also carry, in the bits above the low byte, how many padding
 * bytes follow the written member (they count as written with it). */
#define SC_MODE(m) ((m) & 0xFF)
#define SC_PAD_AFTER(m) ((size_t)((unsigned)(m) >> 8))

/* A live object whose memory is initialization-tracked (safec_init.c) has
 * gen | SC_GEN_TRACK in its record: every fast-path check misses and the
 * slow path tests or sets its bytes.  Capability gens stay below it. */
#define SC_GEN_TRACK 0x80000000u

/* ------------------------------------------------------------ slow paths */
void *sc_chk_slow(sc_fat f, size_t n, int write, const sc_site *site);
/* The same, called from the inline checks: the pointer and capability go in
 * registers (an sc_fat argument would be spilled to the stack on every
 * iteration of a loop that contains the check; an sc_cap one would be
 * packed into a vector register on the hot path, see sc_capw). */
__attribute__((cold)) void *sc_chk_fail(void *p, sc_capw c, size_t n, int write,
                                        const sc_site *site);
/* The same for an access to member array [rp + off, + size) of the object
 * capability rc names (see SC_CHK_WS). */
__attribute__((cold)) void *sc_chk_fail_sub(void *p, void *rp, sc_capw rc, size_t off,
                                            size_t size, size_t n, int write,
                                            const sc_site *site);
void *sc_chk_call_slow(sc_fat f, uint32_t type_id, const sc_site *site);
/* The site of the last indirect call made by safe code: what the runtime's
 * own functions called through pointers (sc_fn_free) report as theirs. */
extern __thread const sc_site *sc_call_site;

/* ------------------------------------------------------------ checks */

/* Init state slots of the records (safec_init.c): a tracked object's
 * bits, inline (SC__SMALL, objects of up to 63 bytes) or in a map
 * {nset, prefix, bits[]} the slot points to (| 1: a local's, in its frame). */
extern uint64_t *sc__imaps;
#define SC__SMALL ((uint64_t)1 << 63)
/* A bigger object written only from its start so far: SC__PREFIX | n, bytes
 * [0, n) written and no others (no map yet). */
#define SC__PREFIX ((uint64_t)1 << 62)
#define SC__PREFIX_LEN(v) ((v) & (((uint64_t)1 << 48) - 1))

/* A write of bytes [off, end) of object obj (size bytes) whose init state
 * v is 0 or SC__PREFIX: 1 if the state records it now (the prefix end
 * moved, or the bytes were inside it); 0 if it takes the slow path: a gap,
 * the object whole by it, or another thread's update in between. */
static __inline__ __attribute__((always_inline)) int
sc__prefix_write(uint32_t obj, uint64_t v, uint64_t off, uint64_t end, uint64_t size)
{
    uint64_t p = SC__PREFIX_LEN(v);
    if (off > p)
        return 0;
    if (end <= p)
        return 1;
    if (end >= size)
        return 0;
    if (SC_ONE_THREAD()) {
        __atomic_store_n(&sc__imaps[obj], SC__PREFIX | end, __ATOMIC_RELAXED);
        return 1;
    }
    return __atomic_compare_exchange_n(&sc__imaps[obj], &v, SC__PREFIX | end, 0,
                                       __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

/* The init state (sc__imaps) of the live tracked object capability c
 * names, when bytes [a, a + n) (n <= 8) are inside c's window: their
 * offset in the object in *off.  0: none (not tracked, outside the window,
 * too long; or nothing written yet). */
static __inline__ __attribute__((always_inline)) uint64_t
sc__init_state(uintptr_t a, size_t n, sc_cap c, uint64_t *off)
{
    const sc_obj *o = &sc_objs[c.obj];
    *off = a - o->base;
    if (o->gen != (c.gen | SC_GEN_TRACK) || *off < c.lo || *off > c.hi || n > 8 ||
        *off + n > c.hi)
        return 0;
    return __atomic_load_n(&sc__imaps[c.obj], __ATOMIC_RELAXED);
}

/* A read that misses the fast check because its object is initialization-
 * tracked: bytes inside the written prefix of an object written from its
 * start only (a vector pushed onto), or already written past the written
 * prefix (a buffer filled out of order, bzip2's tt[]), are read after an
 * inline test, not through a call (sc_chk, and SC_CHK_W's window misses).
 * 0: take the slow path (it also reports). */
static __inline__ __attribute__((always_inline)) int sc_test_bits(uintptr_t a, size_t n, sc_cap c)
{
    uint64_t off, v = sc__init_state(a, n, c, &off);
    const unsigned char *bits;
    unsigned mask, have;
    if (v & SC__PREFIX)
        return off + n <= SC__PREFIX_LEN(v);
    if (!v || (v & SC__SMALL))
        return 0;
    bits = (const unsigned char *)(uintptr_t)(v & ~(uint64_t)1) + 16 + (off >> 3);
    mask = ((1u << n) - 1u) << (off & 7);
    have = __atomic_load_n(bits, __ATOMIC_RELAXED);
    if (mask >> 8)
        have |= (unsigned)__atomic_load_n(bits + 1, __ATOMIC_RELAXED) << 8;
    return (have & mask) == mask;
}

/* Every byte of tracked object obj (capability gen) is written: it is
 * not tracked from here on (safec_init.c). */
void sc__init_whole(uint32_t obj, uint32_t gen);

/* A write of bytes [off, off + n) of a tracked object of at most 63 bytes
 * (init state v = SC__SMALL | bits): 1 if the state records it now; 0 if
 * it takes the slow path: another thread's update in between, or the
 * object whole by it -- unless `whole` says to make it so here (sc_chk's
 * write to a new list node's last member: the slow path was 3% of
 * listchurn; a loop window's misses keep the smaller inline code). */
static __inline__ __attribute__((always_inline)) int
sc__small_write(uint32_t obj, uint32_t gen, uint64_t v, uint64_t off, size_t n, uint64_t size,
                int whole)
{
    uint64_t nv = v | ((((uint64_t)1 << n) - 1) << off); /* off + n <= size <= 63 */
    if (nv == v)
        return 1;
    if (nv == (SC__SMALL | (((uint64_t)1 << size) - 1))) {
        if (!whole)
            return 0;
        sc__init_whole(obj, gen);
        return 1;
    }
    if (SC_ONE_THREAD()) {
        __atomic_store_n(&sc__imaps[obj], nv, __ATOMIC_RELAXED);
        return 1;
    }
    return __atomic_compare_exchange_n(&sc__imaps[obj], &v, nv, 0, __ATOMIC_ACQ_REL,
                                       __ATOMIC_RELAXED);
}

/* The first write of bytes [off, off + n) of an object's map (n <= 9,
 * so within two bytes of bits): sets them, counts them, moves the written
 * prefix (safec_init.c). */
bool sc__init_map_set(uint32_t obj, uint32_t gen, uint64_t *map, uint64_t off, size_t n);

/* A write that misses the fast check because its object is tracked: into
 * a small object (a new list node's members), or at or inside the written
 * prefix of one written from its start only (a vector pushed onto, a
 * string appended to), the state changes inline.  Bytes of a map (a local
 * written through a pointer, an out-parameter) are set by one call, which
 * counts them so that the object becomes whole.  0: take the slow path. */
static __inline__ __attribute__((always_inline)) int sc_write_bits(uintptr_t a, size_t n, sc_cap c)
{
    uint64_t off, v = sc__init_state(a, n, c, &off);
    if (v & SC__SMALL)
        return sc__small_write(c.obj, c.gen, v, off, n, sc_objs[c.obj].size, 1);
    if (v & SC__PREFIX)
        return sc__prefix_write(c.obj, v, off, off + n, sc_objs[c.obj].size);
    return v && sc__init_map_set(c.obj, c.gen, (uint64_t *)(uintptr_t)(v & ~(uint64_t)1), off, n);
}

/* lo <= off && off + n <= hi, for an offset (or address) off that may have
 * wrapped: a pointer below its object's base gives a huge off.  Offsets and
 * addresses of real objects are below 2^63 (user space), so off is compared
 * as signed: a wrapped one is negative and fails the first test, and any
 * other cannot overflow off + n (n < 2^63 is tested too, which gcc drops
 * for a constant n).  One compare fewer than testing off + n >= off. */
#define SC_IN_RANGE(OFF_, N_, LO_, HI_)                                                    \
    ((intptr_t)(OFF_) >= (intptr_t)(LO_) && (intptr_t)(N_) >= 0 && (OFF_) + (N_) <= (HI_))

/* Check an access of n bytes at f.p; returns f.p (the pointer to use). */
static __inline__ __attribute__((always_inline)) void *
sc_chk(sc_fat f, size_t n, int write, const sc_site *site)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    uintptr_t off = (uintptr_t)f.p - o->base;
    if (__builtin_expect(o->gen == f.c.gen && SC_IN_RANGE(off, n, f.c.lo, f.c.hi), 1))
        return f.p;
    if ((write == SC_READ || write == SC_RMW) && sc_test_bits((uintptr_t)f.p, n, f.c))
        return f.p;
    if (SC_MODE(write) == SC_WRITE &&
        sc_write_bits((uintptr_t)f.p, n + SC_PAD_AFTER(write), f.c))
        return f.p;
    /* a copy's source or a wrapper's destination: its init state is the
     * caller's business, so a tracked object needs only the range */
    if ((SC_MODE(write) == SC_COPY || SC_MODE(write) == SC_PUT) &&
        (o->gen & ~SC_GEN_TRACK) == f.c.gen &&
        SC_IN_RANGE(off, n, f.c.lo, f.c.hi))
        return f.p;
    return sc_chk_fail(f.p, sc_capw_of(f.c), n, write, site);
}

/* Does an access of n bytes at f.p pass sc_chk's usual case (no report)? */
static __inline__ __attribute__((always_inline)) int sc_chk_ok(sc_fat f, size_t n)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    uintptr_t off = (uintptr_t)f.p - o->base;
    return o->gen == f.c.gen && SC_IN_RANGE(off, n, f.c.lo, f.c.hi);
}

/* Accesses through a pointer local to a struct (instrument/safe.py,
 * _whole_flag).  The first one (SC_CHK_SET) keeps in flag F_ whether the
 * whole struct, S_ bytes at B_, passes a check's usual case, and later
 * ones inside it (SC_CHK_IF) test F_ alone.  The access's own check CHK_
 * runs only where the flag is false.  The pointer is P_ either way. */
#define SC_CHK_SET(F_, B_, S_, P_, CHK_) SC_CHK_IF((F_) = sc_chk_ok((B_), (S_)), P_, CHK_)
#define SC_CHK_IF(F_, P_, CHK_)                                                            \
    __extension__({                                                                       \
        void *sc_q_ = (P_);                                                               \
        if (__builtin_expect(!(F_), 0))                                                   \
            (void)(CHK_);                                                                 \
        sc_q_;                                                                            \
    })

/* The same with a miss as one call, for functions with hundreds of checks
 * (instrument/safe.py, _out_of_line_if_huge): the slow path tests a tracked
 * object's init bits first (sc__init_quick).  The inline test doubles the
 * code of a read check, and gcc's time on a function grows faster than
 * its size: uthash's test90.c took 14 s, a third less without it. */
static __inline__ __attribute__((always_inline)) void *
sc_chk_lean(sc_fat f, size_t n, int write, const sc_site *site)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    uintptr_t off = (uintptr_t)f.p - o->base;
    if (__builtin_expect(o->gen == f.c.gen && SC_IN_RANGE(off, n, f.c.lo, f.c.hi), 1))
        return f.p;
    return sc_chk_fail(f.p, sc_capw_of(f.c), n, write, site);
}

/* An access to a variable or a member array of one, by name (`a[i]`,
 * `s.buf[i]`, `m[i][j]`): the object is live by scope, so only the range is
 * checked, against the statically known window [lo, lo + size).  gcc sees
 * the whole computation and drops the check where the index is in range by
 * construction.  Failures take the full slow path (same report). */
__attribute__((cold)) void *sc_chk_in_fail(void *p, sc_capw c, size_t n, const void *lo,
                                           size_t size, int write, const sc_site *site);
static __inline__ __attribute__((always_inline)) void *
sc_chk_in(sc_fat f, size_t n, const void *lo, size_t size, int write, const sc_site *site)
{
    uintptr_t off = (uintptr_t)f.p - (uintptr_t)lo;
    if (__builtin_expect(off <= size && n <= size - off, 1))
        return f.p;
    return sc_chk_in_fail(f.p, sc_capw_of(f.c), n, lo, size, write, site);
}

/* `memcpy(&s, p, sizeof s)` into a struct local with a written-flag per
 * member (instrument/safe.py, local_copy): were the n source bytes at f.p
 * of one member written -- all of them (any = 0, a scalar), or at least
 * one (any = 1: an array, a union or a bit-field, whose flag any store
 * sets)?  Only an initialization-tracked object can say no; the copy was
 * checked just before, so f is a live capability. */
int sc_copied_init_slow(void *p, sc_capw c, size_t n, int any);
static __inline__ __attribute__((always_inline)) int sc_copied_init(sc_fat f, size_t n, int any)
{
    if (__builtin_expect(sc_objs[f.c.obj].gen == f.c.gen, 1))
        return 1;
    return sc_copied_init_slow(f.p, sc_capw_of(f.c), n, any);
}

/* A local array only ever indexed by name (its address never leaves the
 * expression that indexes it) needs no object record: its accesses are
 * checked against its static window.  Its "capability" names a static
 * description instead, and the record is made only if an access fails, for
 * the report (sc_chk_in_fail). */
typedef struct sc_lazy {
    const char *type_name;
    const sc_site *site;
    size_t size;
} sc_lazy;
#define SC_GEN_LAZY 0x7FFFFFFEu /* with obj 0: lo/hi hold a const sc_lazy * */
static __inline__ __attribute__((always_inline)) sc_cap sc_lazy_cap(const sc_lazy *d)
{
    uint64_t a = (uint64_t)(uintptr_t)d;
    sc_cap c = {0, SC_GEN_LAZY, (uint32_t)a, (uint32_t)(a >> 32)};
    return c;
}

/* A capability turned into an absolute address window once, before a loop
 * (see instrument/loops.py: the loop cannot end the object and the pointer
 * keeps its capability).  A dead or absent object gives the empty window,
 * so every access goes to the slow path, which reports it. */
typedef struct sc_win {
    uintptr_t lo, hi;
} sc_win;

/* The window of an object whose memory is not wholly written yet: its
 * written prefix (safec_init.c). */
sc_win sc_win_tracked(sc_fat f);

static __inline__ __attribute__((always_inline)) sc_win sc_win_of(sc_fat f)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    sc_win w = {1, 0};
    if (__builtin_expect(o->gen == f.c.gen, 1)) {
        w.lo = o->base + f.c.lo;
        w.hi = o->base + f.c.hi;
    } else if ((o->gen & ~SC_GEN_TRACK) == f.c.gen) {
        w = sc_win_tracked(f);
    }
    return w;
}

/* The loop window of member array [f.p + off, f.p + off + size) (`p->arr`):
 * narrowed as sc_narrow narrows a capability. */
sc_win sc_win_sub_tracked(sc_fat f, size_t off, size_t size);
static __inline__ __attribute__((always_inline)) sc_win sc_win_sub(sc_fat f, size_t off, size_t size)
{
    sc_win w = sc_win_of(f);
    uintptr_t a = (uintptr_t)f.p + off;
    if (f.c.obj > 1 && a >= w.lo && a <= w.hi && size <= w.hi - a) {
        w.lo = a;
        w.hi = a + size;
    } else if (f.c.obj > 1 && sc_objs[f.c.obj].gen == (f.c.gen | SC_GEN_TRACK)) {
        /* a tracked object's window is its written prefix: the member may
         * be written wholly or in part although bytes before it are not */
        w = sc_win_sub_tracked(f, off, size);
    }
    return w;
}

/* An access at p through a pointer with capability c whose loop window is
 * w (SC_CHK_W), or through member array [root.p + off, + size) of an
 * unchanged pointer root (SC_CHK_WS).  Statement expressions, because a
 * miss also refreshes the window variable w: the object may have been
 * written since w was made (a tracked buffer filled inside the loop grows
 * its window).  The miss goes to the full check.  A write that fills a
 * tracked object past its window only sets its bytes' init bits, and the
 * loop goes on with its window w (passed in). */
__attribute__((cold)) sc_win sc_chk_fail_w(void *p, sc_capw c, size_t n, int write,
                                           const sc_site *site, sc_win w);
__attribute__((cold)) sc_win sc_chk_fail_ws(void *p, void *rp, sc_capw rc, size_t off,
                                            size_t size, size_t n, int write,
                                            const sc_site *site);
#define SC_IN_WIN(A_, N_, W_) SC_IN_RANGE(A_, N_, (W_).lo, (W_).hi)
#define SC_CHK_W(P_, N_, W_, C_, MODE_, SITE_)                                             \
    __extension__({                                                                       \
        void *sc_p_ = (P_);                                                               \
        uintptr_t sc_a_ = (uintptr_t)sc_p_;                                               \
        size_t sc_n_ = (N_);                                                              \
        if (__builtin_expect(!SC_IN_WIN(sc_a_, sc_n_, W_), 0) &&                         \
            !(SC_MODE(MODE_) == SC_WRITE                                                  \
                  ? sc_fill_bits(sc_a_, sc_n_ + SC_PAD_AFTER(MODE_), (C_))                \
                  : (SC_MODE(MODE_) == SC_READ || SC_MODE(MODE_) == SC_RMW) &&            \
                        sc_test_bits(sc_a_, sc_n_, (C_))))                                \
            (W_) = sc_chk_fail_w(sc_p_, sc_capw_of(C_), sc_n_, (MODE_), (SITE_), (W_));   \
        sc_p_;                                                                            \
    })


/* SC_CHK_W behind flag F_, made once before the loop: the bytes are in
 * the window (an access at a fixed place, instrument/safe.py
 * _window_flag).  The pointer is P_ either way: the check is only a
 * side effect, on a path gcc keeps out of the loop's way. */
#define SC_CHK_WF(F_, P_, N_, W_, C_, MODE_, SITE_)                                        \
    SC_CHK_IF(F_, P_, SC_CHK_W(P_, N_, W_, C_, MODE_, SITE_))

/* SC_CHK_W for functions with hundreds of checks (see sc_chk_lean): a miss
 * is one call, which sets or tests init bits itself. */
#define SC_CHK_W_LEAN(P_, N_, W_, C_, MODE_, SITE_)                                        \
    __extension__({                                                                       \
        void *sc_p_ = (P_);                                                               \
        uintptr_t sc_a_ = (uintptr_t)sc_p_;                                               \
        size_t sc_n_ = (N_);                                                              \
        if (__builtin_expect(!SC_IN_WIN(sc_a_, sc_n_, W_), 0))                           \
            (W_) = sc_chk_fail_w(sc_p_, sc_capw_of(C_), sc_n_, (MODE_), (SITE_), (W_));   \
        sc_p_;                                                                            \
    })

/* A loop's write that misses its window (a tracked object's covers only
 * its written prefix): inside the capability's window of a live tracked
 * object, the write is recorded right here, as in sc_write_bits; with a
 * map, its bits are set -- a buffer filled in a loop costs one atomic OR
 * per store.  The map's count and prefix do not see these bits: the
 * window refresh scans for them (sc_win_tracked), and finds the object
 * whole.  0: take the slow path. */
static __inline__ __attribute__((always_inline)) int sc_fill_bits(uintptr_t a, size_t n, sc_cap c)
{
    uint64_t off, v = sc__init_state(a, n, c, &off);
    unsigned char *bits;
    unsigned mask;
    if (v & SC__PREFIX) /* written from its start only: a fill from there moves the end */
        return sc__prefix_write(c.obj, v, off, off + n, sc_objs[c.obj].size);
    if (v & SC__SMALL)
        return sc__small_write(c.obj, c.gen, v, off, n, sc_objs[c.obj].size, 0);
    if (!v)
        return 0;
    bits = (unsigned char *)(uintptr_t)(v & ~(uint64_t)1) + 16 + (off >> 3);
    mask = ((1u << n) - 1u) << (off & 7);
    sc_or8(bits, (unsigned char)mask);
    if (mask >> 8)
        sc_or8(bits + 1, (unsigned char)(mask >> 8));
    return 1;
}

/* As in SC_CHK_W, a miss into a tracked object sets or tests the bytes'
 * init bits inline -- once the access is known to be inside the member. */
#define SC_CHK_WS(P_, N_, W_, ROOT_, OFF_, SIZE_, MODE_, SITE_)                            \
    __extension__({                                                                       \
        void *sc_p_ = (P_);                                                               \
        uintptr_t sc_a_ = (uintptr_t)sc_p_;                                               \
        size_t sc_n_ = (N_);                                                              \
        if (__builtin_expect(!SC_IN_WIN(sc_a_, sc_n_, W_), 0) &&                         \
            !((SIZE_) >= sc_n_ &&                                                         \
              sc_a_ - ((uintptr_t)(ROOT_).p + (OFF_)) <= (SIZE_) - sc_n_ &&               \
              (SC_MODE(MODE_) == SC_WRITE                                                 \
                   ? sc_fill_bits(sc_a_, sc_n_ + SC_PAD_AFTER(MODE_), (ROOT_).c)          \
                   : (SC_MODE(MODE_) == SC_READ || SC_MODE(MODE_) == SC_RMW) &&           \
                         sc_test_bits(sc_a_, sc_n_, (ROOT_).c))))                         \
            (W_) = sc_chk_fail_ws(sc_p_, (ROOT_).p, sc_capw_of((ROOT_).c), (OFF_), (SIZE_), \
                                  sc_n_, (MODE_), (SITE_));                               \
        sc_p_;                                                                            \
    })

/* The checks, pointer loads and stores as calls, for functions too big for
 * gcc to compile with them inline (instrument/safe.py, _out_of_line_if_huge).
 * The loop window of SC_CHK_W/SC_CHK_WS is passed by address. */
void *sc_chk_ool(sc_fat f, size_t n, int write, const sc_site *site);
void *sc_chk_in_ool(sc_fat f, size_t n, const void *lo, size_t size, int write,
                    const sc_site *site);
sc_fat sc_load_ptr_ool(const void *slot);
sc_fat sc_load_ptr_own_ool(const void *slot);
void sc_store_ptr_ool(void *slot, sc_fat f);
void *sc_chk_w_ool(void *p, size_t n, sc_win *w, sc_cap c, int mode, const sc_site *site);
void *sc_chk_ws_ool(void *p, size_t n, sc_win *w, sc_fat root, size_t off, size_t size, int mode,
                    const sc_site *site);

/* Check an indirect call target: exact entry of a live function of the type. */
static __inline__ __attribute__((always_inline)) void *
sc_chk_call(sc_fat f, uint32_t type_id, const sc_site *site)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    sc_call_site = site;
    if (__builtin_expect(o->gen == f.c.gen && o->kind == SC_K_FUNC &&
                         o->base == (uintptr_t)f.p &&
                         (type_id == 0 || sc_descs[o->desc].type_id == type_id ||
                          sc_descs[o->desc].type_id == 0), 1))
        return f.p;
    return sc_chk_call_slow(f, type_id, site);
}

/* Pointer arithmetic is free: only the address moves. */
static __inline__ __attribute__((always_inline)) sc_fat sc_add(sc_fat f, intptr_t bytes)
{
    f.p = (char *)f.p + bytes;
    return f;
}

static __inline__ __attribute__((always_inline)) sc_fat sc_mk(void *p, sc_cap c)
{
    sc_fat f = {p, c};
    return f;
}

/* Thread-local capability slots (sc_argcap, sc_retcap) are written and
 * read through these: two 8-byte stores, two 8-byte loads.  (The scalar's
 * bytes are the struct's only on a little-endian machine.) */
static __inline__ __attribute__((always_inline)) void sc_cap_put(sc_cap *slot, sc_cap c)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    sc_capw w = sc_capw_of(c);
    __builtin_memcpy(slot, &w, sizeof w);
#else
    *slot = c;
#endif
}
static __inline__ __attribute__((always_inline)) sc_cap sc_cap_get(const sc_cap *slot)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    sc_capw w;
    __builtin_memcpy(&w, slot, sizeof w);
    return sc_cap_of(w);
#else
    return *slot;
#endif
}

/* &s->arr (an array member of the object f points into): the window shrinks
 * to [f.p + off, f.p + off + size).  Outside the object it gives no window. */
static __inline__ __attribute__((always_inline)) sc_fat
sc_narrow(sc_fat f, size_t off, size_t size)
{
    const sc_obj *o = &sc_objs[f.c.obj];
    uintptr_t lo = (uintptr_t)f.p + off - o->base;
    f.p = (char *)f.p + off;
    if (f.c.obj > 1 && (o->gen & ~SC_GEN_TRACK) == f.c.gen && lo >= f.c.lo &&
        lo + size <= f.c.hi) {
        f.c.lo = (uint32_t)lo;
        f.c.hi = (uint32_t)(lo + size);
    }
    return f;
}

/* ------------------------------------------------------------ pointer slots
 * Every 8-byte slot that holds a pointer has a shadow entry: the value
 * stored and the capability stored with it.  A load yields the stored
 * capability only if the slot still holds the value that was stored with
 * it: bytes written as data never become a usable pointer.
 *
 * An entry is 16 bytes {val, obj, gen} (a power of two: entries never
 * straddle cache lines).  The window is not stored in the common case, where
 * the capability covers its whole object (lo 0, hi = the object's size, as
 * sc_reg makes them): a load rebuilds hi from the record, the cache line the
 * check of the loaded pointer reads anyway.  It rebuilds it as the size's
 * low 32 bits, one load: an object of 4 GB or more, whose capabilities say
 * 0xFFFFFFFF, gets that rebuilt only if its size's low bits happen to say
 * it too; otherwise its entries are stored as narrowed ones (below), so no
 * load clamps the size.  A capability with any other window (sc_narrow's
 * member arrays, qsort elements, anything made by hand) sets
 * SC_SHADOW_NARROW in the entry's obj and keeps {lo, hi} in the window
 * shadow: an array of 8-byte sc_shadow_win entries, one per slot, mapped
 * right after the entries of the same leaf (its pages are touched only by
 * slots that held a narrowed pointer).
 *
 * Why rebuilding hi from the record is exact.  A record's size is set when
 * the record gets a new gen (sc_reg) and never changes while that gen
 * lasts; gens only grow and never wrap (SC_GEN_RETIRE).  So while the
 * record's gen equals the entry's gen, its size is the one the entry was
 * stored against, and the rebuilt capability equals the stored one.  Once
 * the object is dead (the record may be reused for an object of another
 * size) the rebuilt hi may differ from the stored one, but the capability's
 * gen is stale: every use of a window (sc_chk, sc_win_of, sc_narrow,
 * sc_chk_call, the libc wrappers' sc_avail, sc_chk_slow's reports) first
 * compares gens, and the use-after-free report describes the object from
 * the graveyard, not from the window.  A stale capability can never be
 * widened into an access.
 *
 * Races: an entry is written with two 8-byte stores, so a racing load may
 * pair one store's value with another's capability; the address is then
 * outside that capability's object (a report) unless both point into the
 * same object.  A window is never taken from another store's entry beyond
 * its object: rebuilt windows are the object's, and narrowed windows read
 * from the window shadow are clamped to the object's size. */
typedef struct sc_shadow {
    uintptr_t val;
    uint32_t obj; /* record index | SC_SHADOW_NARROW */
    uint32_t gen;
} sc_shadow;

typedef struct sc_shadow_win {
    uint32_t lo, hi;
} sc_shadow_win;

#define SC_SHADOW_NARROW 0x80000000u   /* obj flag: the window is in the window shadow */
#define SC_SHADOW_LEAF_SLOTS (1u << 21) /* slots per leaf: 16 MB of memory */

extern sc_shadow **sc_shadow_dir; /* [addr >> 24] -> leaf: 2M entries, then 2M windows */
sc_shadow *sc_shadow_leaf(uintptr_t addr); /* allocates the leaf */

/* hi of a capability to the whole object o. */
static __inline__ __attribute__((always_inline)) uint32_t sc_whole_hi(const sc_obj *o)
{
    return o->size > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)o->size;
}

/* hi as an entry without SC_SHADOW_NARROW rebuilds it (see above). */
static __inline__ __attribute__((always_inline)) uint32_t sc_entry_hi(const sc_obj *o)
{
    return (uint32_t)o->size;
}

/* Out of line: writing an entry with SC_SHADOW_NARROW (safec_rt.c). */
void sc_shadow_put_narrow(sc_shadow *leaf, size_t i, uint32_t obj, uint32_t lo, uint32_t hi);

/* The byte offset in its leaf of the shadow entry of the slot at address
 * a (16 bytes per 8-byte slot): one mask and one shift.  Written as an
 * index (a >> 3 & slots - 1, then * 16) gcc kept all four operations, at
 * every pointer load and store.  Its window is at half that offset past
 * the entries. */
#define SC_SHADOW_OFF(a) (((a) & (((uintptr_t)SC_SHADOW_LEAF_SLOTS - 1) << 3)) << 1)
#define SC_SHADOW_AT(leaf, e) ((sc_shadow *)((char *)(leaf) + (e)))
#define SC_SHADOW_CAT(leaf, e) ((const sc_shadow *)((const char *)(leaf) + (e)))
#define SC_SHADOW_WIN_CAT(leaf, e)                                                         \
    ((const sc_shadow_win *)((const char *)((leaf) + SC_SHADOW_LEAF_SLOTS) + ((e) >> 1)))

/* The capability of the entry at byte offset e of leaf (its val already
 * matched). */
static __inline__ __attribute__((always_inline)) sc_cap sc_shadow_cap(const sc_shadow *leaf,
                                                                  size_t e)
{
    const sc_shadow *s = SC_SHADOW_CAT(leaf, e);
    uint32_t obj = s->obj;
    if (__builtin_expect(!(obj & SC_SHADOW_NARROW), 1)) {
        sc_cap c = {obj, s->gen, 0, sc_entry_hi(&sc_objs[obj])};
        return c;
    }
    obj &= ~SC_SHADOW_NARROW;
    const sc_shadow_win *w = SC_SHADOW_WIN_CAT(leaf, e);
    sc_cap c = {obj, s->gen, w->lo, w->hi};
    if (obj > 1) { /* a racing store may have paired this entry with another's window */
        uint32_t max = sc_whole_hi(&sc_objs[obj]);
        if (c.hi > max)
            c.hi = max;
    }
    return c;
}

/* Write the entry at byte offset e of leaf: value f.p with capability f.c. */
static __inline__ __attribute__((always_inline)) void sc_shadow_put(sc_shadow *leaf, size_t e,
                                                                sc_fat f)
{
    sc_shadow *s = SC_SHADOW_AT(leaf, e);
    s->val = (uintptr_t)f.p;
    s->gen = f.c.gen;
    if (__builtin_expect(f.c.lo == 0 && f.c.hi == sc_entry_hi(&sc_objs[f.c.obj]), 1))
        s->obj = f.c.obj;
    else
        sc_shadow_put_narrow(leaf, e >> 4, f.c.obj, f.c.lo, f.c.hi);
}

sc_cap sc_lookup_cap(const void *p); /* a live object containing p, else wild */

/* A pointer-sized load whose shadow does not match.  In memory that belongs
 * to a safe object the bytes were written as data: no capability.  In memory
 * owned by regular C (libc's structures, a library's globals) nothing ever
 * stored a shadow: the value gets the capability of the object it points
 * into, or the wild one. */
/* A shadow entry {1, 0, SC_SHADOW_DATA}: the slot was last written as data
 * through a union's non-pointer member (sc_data_store). */
#define SC_SHADOW_DATA 1u
void sc_data_store(void *p, size_t n);

/* The capability of pointer v loaded from slot when the slot's shadow entry
 * does not describe it (safec_rt.c).  Out of line and returning only the
 * capability, in two registers: an sc_fat result is returned through
 * memory, and gcc gives every call site its own return slot in the frame
 * (32 bytes per pointer load of a function; PCRE2's compile_branch had a
 * 16 KB frame and a deep pattern overflowed the stack). */
__attribute__((cold)) sc_capw sc_load_cap_slow(const void *slot, void *v, int own);

/* A pointer to a safe object was handed to a function safec has no model
 * for: it may store pointers there that no shadow records. */
void sc_init_whole(sc_cap c); /* every byte of c's object counts as written */
static __inline__ void sc_extern_touch(sc_fat f)
{
    if (f.c.obj > 1 && (sc_objs[f.c.obj].gen & ~SC_GEN_TRACK) == f.c.gen) {
        sc_objs[f.c.obj].flags |= SC_F_EXTERN_WRITTEN;
        if (sc_objs[f.c.obj].gen & SC_GEN_TRACK) /* it may write any of it */
            sc_init_whole(f.c);
    }
}

static __inline__ __attribute__((always_inline)) sc_fat sc_load_ptr_in(const void *slot, int own)
{
    uintptr_t a = (uintptr_t)slot;
    void *v = *(void *const *)slot;
    sc_shadow *leaf = sc_shadow_dir[a >> 24];
    if (__builtin_expect(leaf != 0, 1)) {
        size_t e = SC_SHADOW_OFF(a);
        if (__builtin_expect(SC_SHADOW_CAT(leaf, e)->val == (uintptr_t)v, 1)) {
            sc_fat f = {v, sc_shadow_cap(leaf, e)};
            return f;
        }
    }
    sc_fat f = {v, sc_cap_of(sc_load_cap_slow(slot, v, own))};
    return f;
}

static __inline__ __attribute__((always_inline)) sc_fat sc_load_ptr(const void *slot)
{
    return sc_load_ptr_in(slot, 0);
}

/* A load from a local of safe code whose address is never taken (`u.p`,
 * `s.fn`, by name): only this function writes its slots, so bytes that do
 * not match the pointer stored there are data: no capability.  (A slot no
 * safe code stored to, e.g. in a struct copied from regular C's memory,
 * is looked up as usual.) */
static __inline__ __attribute__((always_inline)) sc_fat sc_load_ptr_own(const void *slot)
{
    return sc_load_ptr_in(slot, 1);
}

static __inline__ __attribute__((always_inline)) void sc_store_ptr(void *slot, sc_fat f)
{
    uintptr_t a = (uintptr_t)slot;
    sc_shadow *leaf = sc_shadow_dir[a >> 24];
    if (__builtin_expect(!leaf, 0))
        leaf = sc_shadow_leaf(a);
    *(void **)slot = f.p;
    sc_shadow_put(leaf, SC_SHADOW_OFF(a), f);
}

/* Record capability f.c for the value f.p that slot already holds, without
 * writing the slot (it may be read-only: a const global's initializer). */
static __inline__ void sc_set_shadow(const void *slot, sc_fat f)
{
    uintptr_t a = (uintptr_t)slot;
    sc_shadow *leaf = sc_shadow_dir[a >> 24];
    if (__builtin_expect(!leaf, 0))
        leaf = sc_shadow_leaf(a);
    sc_shadow_put(leaf, SC_SHADOW_OFF(a), f);
}

/* An atomic builtin stored pointer v into slot, or tried to (a compare-
 * exchange): if the slot holds it, it gets v's capability, as a plain store
 * would give it.  A compare-exchange that failed wrote the slot's pointer
 * into exp (non-null): exp gets the slot's capability. */
static __inline__ void sc_atomic_ptr_stored(void *slot, sc_fat v, void *exp)
{
    void *now = __atomic_load_n((void **)slot, __ATOMIC_RELAXED);
    if (now == v.p)
        sc_set_shadow(slot, v);
    if (exp && *(void **)exp == now)
        sc_set_shadow(exp, sc_load_ptr(slot));
}

/* An atomic add or sub moved the pointer in slot, which held `before`: the
 * capability goes along, as with pointer arithmetic. */
static __inline__ void sc_atomic_ptr_moved(void *slot, sc_fat before)
{
    void *now = __atomic_load_n((void **)slot, __ATOMIC_RELAXED);
    if (before.c.obj && now != before.p)
        sc_set_shadow(slot, sc_mk(now, before.c));
}

/* The pointer r an atomic builtin returned from a slot whose value and
 * capability were `before`: that capability if r is that value (the slot
 * was not changed by another thread in between), else the object r points
 * into (as for a pointer from code safec has no model for). */
static __inline__ sc_fat sc_atomic_ptr_result(void *r, sc_fat before)
{
    if (r == before.p && before.c.obj)
        return before;
    return sc_mk(r, sc_lookup_cap(r));
}

/* Copy shadow entries of [src, src+n) to [dst, dst+n) (memcpy, struct copy).
 * It compares src entries with the values in src memory, so call it before
 * the bytes are copied (or after, when the ranges do not overlap). */
void sc_copy_shadow(void *dst, const void *src, size_t n);

/* Re-derive the capabilities of obj's pointer slots (byte offsets `slots`,
 * ascending) after obj was written without its shadow.  Each slot looks
 * up the object its value points into, except where obj was just
 * initialized and its initializer's pointer items had the values and
 * capabilities vals[0, nv) at byte offsets offs[0, nv) (ascending): a slot
 * that still holds its item's value takes that item's capability.  So the
 * capability of `buf + 8` in `{buf, buf + 8}` is buf's, not that of
 * whatever object starts at that address.  statik: obj has static
 * storage, so its pointers point to static objects or functions. */
sc_cap sc_lookup_static_cap(const void *p);
static __inline__ void sc_rederive_init(void *obj, const unsigned *slots, unsigned n,
                                    const sc_fat *vals, const unsigned *offs, unsigned nv,
                                    int statik)
{
    unsigned j = 0;
    unsigned i;
    for (i = 0; i < n; i++) {
        char *slot = (char *)obj + slots[i];
        void *v = *(void **)slot;
        sc_fat f = {v, SC_NOCAP};
        while (j < nv && offs[j] < slots[i])
            j++;
        if (j < nv && offs[j] == slots[i] && vals[j].p == v)
            f.c = vals[j].c;
        /* (an item without capability may name a static local whose
         * declaration was not reached yet, so not registered) */
        if (v && f.c.obj == 0 && f.c.gen == 0)
            f.c = statik ? sc_lookup_static_cap(v) : sc_lookup_cap(v);
        sc_set_shadow(slot, f);
    }
}

/* An aggregate that crossed a call by value (a struct parameter or result)
 * has no shadow at its new address: its slots' capabilities by lookup. */
static __inline__ void sc_rederive(void *obj, const unsigned *slots, unsigned n)
{
    sc_rederive_init(obj, slots, n, 0, 0, 0, 0);
}

/* The same for an aggregate whose pointer slots are not listed (more than
 * 65536 of them): each aligned word that points into a live object gets
 * that object's capability (safec_rt.c). */
void sc_rederive_all(void *obj, size_t size);

/* ------------------------------------------------------------ calls
 * Capabilities of pointer arguments and results cross calls between safe
 * functions through thread-local slots, tagged with the callee's address so
 * a function called from regular C (a qsort comparator, a signal handler)
 * never picks up stale capabilities. */
#define SC_MAXARGS 16
extern __thread sc_cap sc_argcap[SC_MAXARGS];
extern __thread void *sc_argfn;
extern __thread void *sc_retval;
extern __thread sc_cap sc_retcap;
extern __thread void *sc_retfn;

static __inline__ __attribute__((always_inline)) sc_fat sc_param(void *p, int i, void *self)
{
    sc_fat f = {p, SC_NOCAP};
    if (__builtin_expect(sc_argfn == self && i < SC_MAXARGS, 1))
        f.c = sc_cap_get(&sc_argcap[i]);
    else
        f.c = sc_lookup_cap(p);
    return f;
}

/* The result of a call to fn.  The slot is tagged with the returning
 * function as well as the value: a safe function's result that its caller
 * never took (`if (!f())`) stays in the slot, and a later call of regular
 * C (libc's malloc through a function pointer) that hands out the same
 * address again must not pick up that stale capability. */
static __inline__ __attribute__((always_inline)) sc_fat sc_result(void *p, void *fn)
{
    sc_fat f = {p, SC_NOCAP};
    if (__builtin_expect(sc_retval == p && sc_retfn == fn, 1))
        f.c = sc_cap_get(&sc_retcap);
    else
        f.c = sc_lookup_cap(p);
    sc_retval = (void *)1; /* consumed */
    return f;
}

static __inline__ __attribute__((always_inline)) void *sc_return(sc_fat f, void *self)
{
    sc_retval = f.p;
    sc_retfn = self;
    sc_cap_put(&sc_retcap, f.c);
    return f.p;
}

/* A struct returned by value: the capabilities of its pointer slots go
 * back through thread-local slots tagged with the callee.  (Re-derived by
 * lookup, a pointer into the callee's dead frame would find no object and
 * pass as wild.)  The callee: sc_return_agg(&v, slots, n, self); return v;
 * the caller, right after the call: sc_rederive_ret(&dst, slots, n, fn). */
#define SC_RETSLOTS 8
typedef struct sc_retslot {
    uintptr_t val;
    sc_cap c;
} sc_retslot;
extern __thread void *sc_retagg_fn;
extern __thread sc_retslot sc_retagg[SC_RETSLOTS];

static __inline__ void sc_return_agg(const void *obj, const unsigned *slots, unsigned n, void *self)
{
    if (n > SC_RETSLOTS) {
        sc_retagg_fn = 0;
        return;
    }
    unsigned i;
    for (i = 0; i < n; i++) {
        const char *slot = (const char *)obj + slots[i];
        sc_fat f = sc_load_ptr(slot);
        sc_retagg[i].val = (uintptr_t)f.p;
        sc_retagg[i].c = f.c;
    }
    sc_retagg_fn = self;
}

static __inline__ void sc_rederive_ret(void *obj, const unsigned *slots, unsigned n, void *fn)
{
    int mine = sc_retagg_fn == fn && n <= SC_RETSLOTS;
    sc_retagg_fn = 0;
    unsigned i;
    for (i = 0; i < n; i++) {
        char *slot = (char *)obj + slots[i];
        void *v = *(void **)slot;
        sc_fat f = {v, SC_NOCAP};
        if (mine && sc_retagg[i].val == (uintptr_t)v)
            f.c = sc_retagg[i].c;
        else if (v)
            f.c = sc_lookup_cap(v);
        sc_set_shadow(slot, f);
    }
}

/* A struct argument by value: the capabilities of its pointer slots go
 * the same way, in sc_aggarg, the slots of all struct parameters of the
 * callee in turn (the k-th struct parameter's from the sum of the slot
 * counts of those before it), tagged with the callee, which takes them
 * once.  Re-derived by lookup, `end` of a `struct range {char *b, *e;}`
 * (one past its array) would get the object after the array.  The
 * caller, after evaluating every argument: sc_pass_agg(&arg, slots, n, k)
 * for an argument it has the slots of, sc_pass_none(k, n) for another
 * (a value computed by the call's expression), then sc_aggarg_fn = f; the
 * callee, at entry: sc_rederive_arg(&param, slots, n, k, self), and then
 * sc_aggarg_fn = 0. */
#define SC_AGGSLOTS 16
extern __thread void *sc_aggarg_fn;
extern __thread sc_retslot sc_aggarg[SC_AGGSLOTS];

static __inline__ void sc_pass_agg(const void *obj, const unsigned *slots, unsigned n, unsigned k)
{
    unsigned i;
    for (i = 0; i < n && k + i < SC_AGGSLOTS; i++) {
        sc_fat f = sc_load_ptr((const char *)obj + slots[i]);
        sc_aggarg[k + i].val = (uintptr_t)f.p;
        sc_aggarg[k + i].c = f.c;
    }
}

static __inline__ void sc_pass_none(unsigned k, unsigned n)
{
    unsigned i;
    for (i = 0; i < n && k + i < SC_AGGSLOTS; i++) {
        sc_aggarg[k + i].val = 0;
        sc_aggarg[k + i].c = SC_NOCAP;
    }
}

static __inline__ void sc_rederive_arg(void *obj, const unsigned *slots, unsigned n, unsigned k,
                                   void *self)
{
    int mine = sc_aggarg_fn == self;
    unsigned i;
    for (i = 0; i < n; i++) {
        char *slot = (char *)obj + slots[i];
        void *v = *(void **)slot;
        sc_fat f = {v, SC_NOCAP};
        if (mine && k + i < SC_AGGSLOTS && sc_aggarg[k + i].val == (uintptr_t)v)
            f.c = sc_aggarg[k + i].c;
        if (v && f.c.obj == 0 && f.c.gen == 0)
            f.c = sc_lookup_cap(v);
        sc_set_shadow(slot, f);
    }
}

/* ------------------------------------------------------------ varargs
 * See safec_va.c.  A variadic callee keeps its arguments' classes in an
 * sc_va; va_arg consults it (through the va_list's binding when the va_list
 * came from another function). */
#define SC_VA_MAXCAPS 16
typedef struct sc_va {
    const char *desc; /* one class per variadic argument; NULL = unknown */
    unsigned n, i;
    sc_cap caps[SC_VA_MAXCAPS];
} sc_va;
extern __thread const char *sc_va_desc;
void sc_va_enter(sc_va *st, void *self, unsigned nfixed);
void sc_va_bind(const void *ap, sc_va *st);
void sc_va_unbind(const void *ap);
sc_va *sc_va_lookup(const void *ap);
sc_cap sc_va_next(sc_va *st, char cls, const sc_site *site);

/* ------------------------------------------------------------ initialization
 * --uninit=trap: a scalar local declared without an initializer has a flag
 * set by every assignment and tested by every read (gcc folds the flag away
 * wherever the variable is definitely assigned).  --uninit=zero: locals and
 * new heap memory start as zero bytes instead. */
extern int sc_uninit_zero;
__attribute__((noreturn)) void sc_uninit_local(const sc_site *site, const char *name);

/* ------------------------------------------------------------ objects
 * sc_reg: a new object (globals, literals, functions, argv registered twice
 * at the same base with the same size and kind are one object).  Objects
 * of more than 4 GB get hi = 0xFFFFFFFF; the slow path knows the real size.
 *
 * Stack objects (SC_K_STACK) are ended by cleanup functions:
 *   __attribute__((cleanup(sc_kill_return))) sc_cap x__cap = sc_reg(&x, ...);
 * for locals of a function's outermost block (a later access through a
 * pointer to x reports use-after-return), and
 *   __attribute__((cleanup(sc_scope_end))) sc_cap y__cap = sc_reg(&y, ...);
 * for locals of inner blocks (use-after-scope).  Both are no-ops for a
 * capability that is already dead. */
sc_cap sc_reg(void *base, size_t size, int kind, const char *type_name, const sc_site *site);
/* `kind | SC_REG_UNINIT`: a heap or stack object whose bytes start
 * unwritten (tracked under --uninit=trap, see SC_GEN_TRACK). */
#define SC_REG_UNINIT 0x100
/* A new tracked object of `elem`-byte elements whose padding bytes (bit b
 * of pad: byte b of an element) count as written: a struct written member
 * by member becomes whole. */
sc_fat sc_init_pad(sc_fat f, size_t elem, const unsigned char *pad);

/* A tracked local (an array, or a variable whose address is taken, without
 * initializer) keeps its init bits in its own frame, so accesses by name
 * test and set them inline:
 *   unsigned long long x__ib[SC_IB_WORDS(sizeof x)] = {0};
 *   __attribute__((cleanup(...))) sc_cap x__cap =
 *       sc_reg_local(&x, sizeof x, "int[8]", &site, x__ib, pad_or_NULL);
 *   ... sc_ib(p, n, &x, SC_IB_BITS(x__ib), mode, x__cap, &site) ...
 * Accesses through pointers go to the same bits by the slow path. */
#define SC_IB_WORDS(size) (2 + ((size) + 63) / 64 + 1)
#define SC_IB_BITS(map) ((unsigned char *)((map) + 2))
/* Struct assignment *d = *s (both through capabilities): d's n bytes get
 * s's init state (nothing to do unless d's object is tracked). */
void sc__init_copy_out(sc_fat d, sc_fat s, size_t n);
static __inline__ __attribute__((always_inline)) void sc_init_copy(sc_fat d, sc_fat s, size_t n)
{
    if (__builtin_expect(sc_objs[d.c.obj].gen == (d.c.gen | SC_GEN_TRACK), 0))
        sc__init_copy_out(d, s, n);
}

sc_cap sc_reg_local(void *base, size_t size, const char *type_name, const sc_site *site,
                    void *map, const unsigned char *pad);
__attribute__((cold)) void *sc_ib_fail(void *p, const void *var, sc_cap c, size_t n,
                                       unsigned char *bits,
                                       const sc_site *site);
void sc_ib_set_range(unsigned char *bits, size_t off, size_t n);
bool sc_ib_test_range(const unsigned char *bits, size_t off, size_t n);

/* An access of n bytes at p (already bounds-checked) to the tracked local
 * at var: a write sets its bytes' bits, a read tests them. */
static __inline__ __attribute__((always_inline)) void *
sc_ib(void *p, size_t n, const void *var, unsigned char *bits, int mode, sc_cap c,
      const sc_site *site)
{
    size_t off = (size_t)((uintptr_t)p - (uintptr_t)var);
    if (SC_MODE(mode) == SC_WRITE)
        n += SC_PAD_AFTER(mode);
    mode = SC_MODE(mode);
    if (mode != SC_WRITE && mode != SC_READ && mode != SC_RMW)
        return p;
    if (n <= 9) {
        uint16_t want = (uint16_t)(((1u << n) - 1u) << (off & 7));
        uint16_t have;
        __builtin_memcpy(&have, bits + (off >> 3), 2);
        if (mode == SC_WRITE) {
            have |= want;
            __builtin_memcpy(bits + (off >> 3), &have, 2);
        } else if (__builtin_expect((have & want) != want, 0)) {
            sc_ib_fail(p, var, c, n, bits, site);
        }
    } else if (mode == SC_WRITE) {
        sc_ib_set_range(bits, off, n);
    } else if (!sc_ib_test_range(bits, off, n)) {
        sc_ib_fail(p, var, c, n, bits, site);
    }
    return p;
}
void sc_kill(sc_cap c, const sc_site *site);       /* object ends (scope exit, free) */
void sc_scope_end(sc_cap *c);                      /* cleanup-attribute form of sc_kill */
void sc_kill_return(sc_cap *c);                    /* same, for a function's outermost block */
sc_cap sc_reg_func(void *fn, uint32_t type_id, const char *name);
sc_fat sc_func_ptr(void *fn);                      /* a function pointer from outside safe code */

/* Integer <-> pointer (ISO C TS 6010, PNVI-ae-udi). */
uintptr_t sc_expose(sc_fat f);
sc_fat sc_from_int(uintptr_t a);

/* main(argc, argv, envp): register argv and the environment as objects.
 * sc_main_argv also registers `environ` (its array and strings, and the
 * shadow of every slot), so getenv results and environ[i] carry caps;
 * sc_main_envp(envp) returns the fat pointer for main's third parameter. */
sc_fat sc_main_argv(int argc, char **argv);
sc_fat sc_main_envp(char **envp);

/* setjmp/longjmp.  The frames a longjmp skips never run their cleanups, so
 * their stack objects are ended here.  Emit
 *   setjmp(jb)      ->  (sc_setjmp_mark(jb), setjmp(jb))
 *   longjmp(jb, v)  ->  (sc_longjmp_prepare(jb, &site), longjmp(jb, v))
 * (same for sigsetjmp/siglongjmp; jb is the jmp_buf's address).  A longjmp
 * through a jmp_buf whose setjmp frame has returned reports use-after-return.
 * Lower level: sc_setjmp_sp() returns its caller's stack pointer;
 * sc_longjmp_unwind(sp) ends every stack object of this thread below sp. */
void sc_setjmp_mark(const void *jb);
void sc_longjmp_prepare(const void *jb, const sc_site *site);
void *sc_setjmp_sp(void);
void sc_longjmp_unwind(void *target_sp);

/* Number of accesses through wild pointers so far (SAFEC_STATS=1 prints it
 * at exit). */
uint64_t sc_wild_accesses(void);

/* Process start: called by a constructor in every safe translation unit. */
void sc_init(void);

/* ------------------------------------------------------------ reports */
enum sc_violation {
    SC_V_HEAP_OVERFLOW = 1,
    SC_V_STACK_OVERFLOW,
    SC_V_GLOBAL_OVERFLOW,
    SC_V_SUBOBJECT_OVERFLOW,
    SC_V_USE_AFTER_FREE,
    SC_V_USE_AFTER_RETURN,
    SC_V_USE_AFTER_SCOPE,
    SC_V_DOUBLE_FREE,
    SC_V_INVALID_FREE,
    SC_V_UNINITIALIZED_READ,
    SC_V_NULL_DEREFERENCE,
    SC_V_FORGED_POINTER,
    SC_V_CONTROL_FLOW,
    SC_V_VARARG,
    SC_V_FORMAT,
    /* Added (no kind above fits): memcpy, strcpy, strcat, ... called with
     * overlapping source and destination.  Named as in ASan. */
    SC_V_MEMCPY_OVERLAP
};

/* "heap-buffer-overflow", ... (the KIND of a report's first line). */
const char *sc_violation_name(int kind);

/* Print one report (first line `safec: KIND: detail`) and end the process
 * with SAFEC_EXITCODE (default 86).  `c` names the object, if any (a stale
 * capability still describes the object it named, from the graveyard).
 * Environment: SAFEC_EXITCODE=n (0-255), SAFEC_NO_STACK=1 (no call stack,
 * no addr2line), SAFEC_STATS=1 (print the wild access count at exit). */
__attribute__((noreturn)) void sc_report(int kind, const sc_site *site, sc_cap c,
                                         const void *addr, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* ------------------------------------------------------------ libc boundary
 * Instrumented calls to these libc functions go to checked wrappers that take
 * and return sc_fat for pointers and get the call site last. */
/* malloc, calloc and free are out of line with pointer and capability in
 * registers (the _r forms: the capability as an sc_capw, the new pointer
 * through *out); instrumented code calls the sc_fat forms, inline shims.
 * An sc_fat argument or result goes through memory, and gcc wrote it with
 * a 16-byte store that the callee read back in 8-byte halves: a store-
 * forwarding stall at every free of a tree node. */
sc_capw sc_w_malloc_r(size_t n, const char *type_name, const sc_site *site, void **out);
/* malloc of a block the compiler proved wholly written before anything can
 * read it (analysis/fresh_alloc.py): not tracked, not zero-filled. */
sc_capw sc_w_malloc_whole_r(size_t n, const char *type_name, const sc_site *site, void **out);
sc_capw sc_w_calloc_r(size_t k, size_t n, const char *type_name, const sc_site *site,
                      void **out);
void sc_w_free_r(void *p, sc_capw c, const sc_site *site);
static __inline__ __attribute__((always_inline)) sc_fat sc_w_malloc(size_t n, const char *type_name,
                                                                const sc_site *site)
{
    void *p;
    sc_capw c = sc_w_malloc_r(n, type_name, site, &p);
    return sc_mk(p, sc_cap_of(c));
}
static __inline__ __attribute__((always_inline)) sc_fat
sc_w_malloc_whole(size_t n, const char *type_name, const sc_site *site)
{
    void *p;
    sc_capw c = sc_w_malloc_whole_r(n, type_name, site, &p);
    return sc_mk(p, sc_cap_of(c));
}
static __inline__ __attribute__((always_inline)) sc_fat
sc_w_calloc(size_t k, size_t n, const char *type_name, const sc_site *site)
{
    void *p;
    sc_capw c = sc_w_calloc_r(k, n, type_name, site, &p);
    return sc_mk(p, sc_cap_of(c));
}
static __inline__ __attribute__((always_inline)) void sc_w_free(sc_fat p, const sc_site *site)
{
    sc_w_free_r(p.p, sc_capw_of(p.c), site);
}
sc_fat sc_w_realloc(sc_fat p, size_t n, const sc_site *site);
sc_fat sc_w_aligned_alloc(size_t al, size_t n, const sc_site *site);
int sc_w_posix_memalign(sc_fat out, size_t al, size_t n, const sc_site *site);
sc_fat sc_w_strdup(sc_fat s, const sc_site *site);
sc_fat sc_w_strndup(sc_fat s, size_t n, const sc_site *site);

/* What safe code gets for the address of an allocation function
 * (`mem->free_fcn = free`): a function with libc's type that goes through
 * the wrapper, taking and returning capabilities like a safe function, so
 * blocks allocated or freed through the pointer get and end their records
 * as direct calls do. */
void *sc_fn_malloc(size_t n);
void *sc_fn_calloc(size_t k, size_t n);
void *sc_fn_realloc(void *p, size_t n);
void sc_fn_free(void *p);
void *sc_fn_aligned_alloc(size_t al, size_t n);
char *sc_fn_strdup(const char *s);
char *sc_fn_strndup(const char *s, size_t n);

sc_fat sc_w_memcpy_r(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_memmove_r(sc_fat d, sc_fat s, size_t n, const sc_site *site);

/* A copy of a few bytes (n a constant, at most 16: lz4's and xxHash's
 * unaligned loads and stores, LZ4_wildCopy8's steps) is checked inline
 * when it needs nothing but checks: both objects live and wholly written
 * (no init bits to copy), the bytes inside both windows, no overlap for
 * memcpy, and no shadow on either side (no capability to copy or clear).
 * Anything else takes the wrapper, which also reports.  A call per copy,
 * with both fat pointers through memory, made lz4's decompression 40
 * times slower than gcc's. */
static __inline__ __attribute__((always_inline)) int sc__copy_quick(sc_fat d, sc_fat s, size_t n,
                                                                int overlap_ok)
{
    const sc_obj *od = &sc_objs[d.c.obj], *os = &sc_objs[s.c.obj];
    uintptr_t da = (uintptr_t)d.p, sa = (uintptr_t)s.p;
    uintptr_t offd = da - od->base, offs = sa - os->base;
    if (!(od->gen == d.c.gen && SC_IN_RANGE(offd, n, d.c.lo, d.c.hi) && os->gen == s.c.gen &&
          SC_IN_RANGE(offs, n, s.c.lo, s.c.hi)))
        return 0;
    if (!overlap_ok && da - sa + (n - 1) < 2 * n - 1) /* |da - sa| < n */
        return 0;
    if (n >= 8 && (sc_shadow_dir[da >> 24] || sc_shadow_dir[(da + n - 1) >> 24] ||
                   sc_shadow_dir[sa >> 24] || sc_shadow_dir[(sa + n - 1) >> 24]))
        return 0;
    return 1;
}
/* The copy, if it is one of those (move: memmove, overlap allowed). */
static __inline__ __attribute__((always_inline)) int sc__copy_small(sc_fat d, sc_fat s, size_t n,
                                                                int move)
{
    if (!(__builtin_constant_p(n) && n > 0 && n <= 16 && sc__copy_quick(d, s, n, move)))
        return 0;
    if (move)
        __builtin_memmove(d.p, s.p, n);
    else
        __builtin_memcpy(d.p, s.p, n);
    return 1;
}
static __inline__ __attribute__((always_inline)) sc_fat sc_w_memcpy(sc_fat d, sc_fat s, size_t n,
                                                                 const sc_site *site)
{
    return sc__copy_small(d, s, n, 0) ? d : sc_w_memcpy_r(d, s, n, site);
}
static __inline__ __attribute__((always_inline)) sc_fat sc_w_memmove(sc_fat d, sc_fat s, size_t n,
                                                                  const sc_site *site)
{
    return sc__copy_small(d, s, n, 1) ? d : sc_w_memmove_r(d, s, n, site);
}
sc_fat sc_w_memset(sc_fat d, int c, size_t n, const sc_site *site);
int sc_w_memcmp(sc_fat a, sc_fat b, size_t n, const sc_site *site);
sc_fat sc_w_memchr(sc_fat s, int c, size_t n, const sc_site *site);
/* POSIX I/O (ssize_t and off_t results and offsets as long: the same type
 * on the LP64 targets safec supports) */
long sc_w_read(int fd, sc_fat buf, size_t n, const sc_site *site);
long sc_w_pread(int fd, sc_fat buf, size_t n, long off, const sc_site *site);
long sc_w_recv(int fd, sc_fat buf, size_t n, int flags, const sc_site *site);
long sc_w_write(int fd, sc_fat buf, size_t n, const sc_site *site);
long sc_w_pwrite(int fd, sc_fat buf, size_t n, long off, const sc_site *site);
long sc_w_send(int fd, sc_fat buf, size_t n, int flags, const sc_site *site);
sc_fat sc_w_getcwd(sc_fat buf, size_t size, const sc_site *site);
long sc_w_readlink(sc_fat path, sc_fat buf, size_t n, const sc_site *site);
int sc_w_gethostname(sc_fat name, size_t len, const sc_site *site);

/* wchar.h (safec_wchar.c): counts in wide characters */
size_t sc_w_wcslen(sc_fat s, const sc_site *site);
size_t sc_w_wcsnlen(sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_wcscpy(sc_fat d, sc_fat s, const sc_site *site);
sc_fat sc_w_wcsncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_wcscat(sc_fat d, sc_fat s, const sc_site *site);
sc_fat sc_w_wcsncat(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_wcsdup(sc_fat s, const sc_site *site);
int sc_w_wcscmp(sc_fat a, sc_fat b, const sc_site *site);
int sc_w_wcsncmp(sc_fat a, sc_fat b, size_t n, const sc_site *site);
sc_fat sc_w_wcschr(sc_fat s, wchar_t c, const sc_site *site);
sc_fat sc_w_wcsrchr(sc_fat s, wchar_t c, const sc_site *site);
sc_fat sc_w_wcsstr(sc_fat h, sc_fat n, const sc_site *site);
sc_fat sc_w_wcspbrk(sc_fat s, sc_fat accept, const sc_site *site);
size_t sc_w_wcsspn(sc_fat s, sc_fat accept, const sc_site *site);
size_t sc_w_wcscspn(sc_fat s, sc_fat reject, const sc_site *site);
sc_fat sc_w_wmemcpy(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_wmemmove(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_wmemset(sc_fat d, wchar_t c, size_t n, const sc_site *site);
int sc_w_wmemcmp(sc_fat a, sc_fat b, size_t n, const sc_site *site);
sc_fat sc_w_wmemchr(sc_fat s, wchar_t c, size_t n, const sc_site *site);
size_t sc_w_strlen(sc_fat s, const sc_site *site);
size_t sc_w_strnlen(sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_strcpy(sc_fat d, sc_fat s, const sc_site *site);
sc_fat sc_w_strncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_strcat(sc_fat d, sc_fat s, const sc_site *site);
sc_fat sc_w_strncat(sc_fat d, sc_fat s, size_t n, const sc_site *site);
int sc_w_strcmp(sc_fat a, sc_fat b, const sc_site *site);
int sc_w_strncmp(sc_fat a, sc_fat b, size_t n, const sc_site *site);
int sc_w_strcasecmp(sc_fat a, sc_fat b, const sc_site *site);
int sc_w_strncasecmp(sc_fat a, sc_fat b, size_t n, const sc_site *site);
sc_fat sc_w_strchr(sc_fat s, int c, const sc_site *site);
sc_fat sc_w_strrchr(sc_fat s, int c, const sc_site *site);
sc_fat sc_w_strstr(sc_fat h, sc_fat n, const sc_site *site);
sc_fat sc_w_strpbrk(sc_fat s, sc_fat set, const sc_site *site);
size_t sc_w_strspn(sc_fat s, sc_fat set, const sc_site *site);
size_t sc_w_strcspn(sc_fat s, sc_fat set, const sc_site *site);
sc_fat sc_w_strtok(sc_fat s, sc_fat delim, const sc_site *site);
long sc_w_strtol(sc_fat s, sc_fat endp, int base, const sc_site *site);
unsigned long sc_w_strtoul(sc_fat s, sc_fat endp, int base, const sc_site *site);
long long sc_w_strtoll(sc_fat s, sc_fat endp, int base, const sc_site *site);
unsigned long long sc_w_strtoull(sc_fat s, sc_fat endp, int base, const sc_site *site);
double sc_w_strtod(sc_fat s, sc_fat endp, const sc_site *site);
float sc_w_strtof(sc_fat s, sc_fat endp, const sc_site *site);
int sc_w_atoi(sc_fat s, const sc_site *site);
long sc_w_atol(sc_fat s, const sc_site *site);
double sc_w_atof(sc_fat s, const sc_site *site);
sc_fat sc_w_getenv(sc_fat name, const sc_site *site);
/* errno (glibc's macro calls __errno_location): the thread's errno object. */
sc_fat sc_w___errno_location(const sc_site *site);
int sc_w_puts(sc_fat s, const sc_site *site);
int sc_w_fputs(sc_fat s, void *stream, const sc_site *site);
sc_fat sc_w_fgets(sc_fat buf, int n, void *stream, const sc_site *site);
size_t sc_w_fread(sc_fat buf, size_t sz, size_t n, void *stream, const sc_site *site);
size_t sc_w_fwrite(sc_fat buf, size_t sz, size_t n, void *stream, const sc_site *site);
void sc_w_qsort(sc_fat base, size_t n, size_t sz, sc_fat cmp, const sc_site *site);
sc_fat sc_w_bsearch(sc_fat key, sc_fat base, size_t n, size_t sz, sc_fat cmp,
                    const sc_site *site);
/* more string and stdio functions */
sc_fat sc_w_strtok_r(sc_fat s, sc_fat delim, sc_fat saveptr, const sc_site *site);
sc_fat sc_w_strsep(sc_fat stringp, sc_fat delim, const sc_site *site);
sc_fat sc_w_stpcpy(sc_fat d, sc_fat s, const sc_site *site);
sc_fat sc_w_stpncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site);
sc_fat sc_w_memccpy(sc_fat d, sc_fat s, int c, size_t n, const sc_site *site);
sc_fat sc_w_memrchr(sc_fat s, int c, size_t n, const sc_site *site);
sc_fat sc_w_strchrnul(sc_fat s, int c, const sc_site *site);
sc_fat sc_w_strcasestr(sc_fat h, sc_fat n, const sc_site *site);
long double sc_w_strtold(sc_fat s, sc_fat endp, const sc_site *site);
sc_fat sc_w_reallocarray(sc_fat p, size_t k, size_t n, const sc_site *site);
/* getline/getdelim grow *lineptr with the checked allocator, never libc's */
long sc_w_getline(sc_fat lineptr, sc_fat n, void *stream, const sc_site *site);
long sc_w_getdelim(sc_fat lineptr, sc_fat n, int delim, void *stream, const sc_site *site);

/* v*printf: the format is checked against the arguments the va_list still
 * holds when it was made by va_start in safe code (see safec_va.c), else only
 * the format string; destinations as for sprintf/snprintf.  asprintf and
 * vasprintf results become checked heap blocks. */
int sc_w_vprintf(sc_fat fmt, __builtin_va_list ap, const sc_site *site);
int sc_w_vfprintf(void *stream, sc_fat fmt, __builtin_va_list ap, const sc_site *site);
int sc_w_vdprintf(int fd, sc_fat fmt, __builtin_va_list ap, const sc_site *site);
int sc_w_vsprintf(sc_fat dst, sc_fat fmt, __builtin_va_list ap, const sc_site *site);
int sc_w_vsnprintf(sc_fat dst, size_t n, sc_fat fmt, __builtin_va_list ap,
                   const sc_site *site);
int sc_w_vasprintf(sc_fat strp, sc_fat fmt, __builtin_va_list ap, const sc_site *site);
void sc_asprintf_done(const sc_site *site, sc_fat strp, int r); /* after a real asprintf */
/* stdio files (safec_libc2.c) */
sc_fat sc_w_fopen(sc_fat path, sc_fat mode, const sc_site *site);
sc_fat sc_w_freopen(sc_fat path, sc_fat mode, void *stream, const sc_site *site);
sc_fat sc_w_fdopen(int fd, sc_fat mode, const sc_site *site);
void sc_w_perror(sc_fat s, const sc_site *site);
int sc_w_remove(sc_fat path, const sc_site *site);
int sc_w_rename(sc_fat from, sc_fat to, const sc_site *site);
int sc_w_setvbuf(void *stream, sc_fat buf, int mode, size_t size, const sc_site *site);
void sc_w_setbuf(void *stream, sc_fat buf, const sc_site *site);
int sc_w_fgetpos(void *stream, sc_fat pos, const sc_site *site);
int sc_w_fsetpos(void *stream, sc_fat pos, const sc_site *site);
/* string.h extras; strerror/strsignal results are interned runtime copies */
sc_fat sc_w_memmem(sc_fat h, size_t hl, sc_fat n, size_t nl, const sc_site *site);
sc_fat sc_w_mempcpy(sc_fat d, sc_fat s, size_t n, const sc_site *site);
int sc_w_strcoll(sc_fat a, sc_fat b, const sc_site *site);
size_t sc_w_strxfrm(sc_fat d, sc_fat s, size_t n, const sc_site *site);
int sc_w_strverscmp(sc_fat a, sc_fat b, const sc_site *site);
sc_fat sc_w_strerror(int errnum, const sc_site *site);
sc_fat sc_w_strsignal(int sig, const sc_site *site);
sc_fat sc_w_strerror_r(int errnum, sc_fat buf, size_t n, const sc_site *site);
int sc_w___xpg_strerror_r(int errnum, sc_fat buf, size_t n, const sc_site *site);
void sc_w_bzero(sc_fat d, size_t n, const sc_site *site);
void sc_w_explicit_bzero(sc_fat d, size_t n, const sc_site *site);
void sc_w_bcopy(sc_fat s, sc_fat d, size_t n, const sc_site *site);
sc_fat sc_w_index(sc_fat s, int c, const sc_site *site);
sc_fat sc_w_rindex(sc_fat s, int c, const sc_site *site);
/* stdlib.h extras */
long long sc_w_atoll(sc_fat s, const sc_site *site);
__INTMAX_TYPE__ sc_w_strtoimax(sc_fat s, sc_fat endp, int base, const sc_site *site);
__UINTMAX_TYPE__ sc_w_strtoumax(sc_fat s, sc_fat endp, int base, const sc_site *site);
sc_fat sc_w_realpath(sc_fat path, sc_fat buf, const sc_site *site);
int sc_w_setenv(sc_fat name, sc_fat value, int overwrite, const sc_site *site);
int sc_w_unsetenv(sc_fat name, const sc_site *site);
int sc_w_putenv(sc_fat s, const sc_site *site);
int sc_w_mkstemp(sc_fat t, const sc_site *site);
sc_fat sc_w_mkdtemp(sc_fat t, const sc_site *site);
int sc_w_system(sc_fat cmd, const sc_site *site);
int sc_w_mblen(sc_fat s, size_t n, const sc_site *site);
int sc_w_mbtowc(sc_fat pwc, sc_fat s, size_t n, const sc_site *site);
int sc_w_wctomb(sc_fat s, __WCHAR_TYPE__ wc, const sc_site *site);
size_t sc_w_mbstowcs(sc_fat d, sc_fat s, size_t n, const sc_site *site);
size_t sc_w_wcstombs(sc_fat d, sc_fat s, size_t n, const sc_site *site);
/* time.h: struct tm arguments must be whole; tm_zone slots libc writes get
 * their capability; localtime/gmtime/asctime/ctime results are libc's static
 * objects, registered as external objects; asctime_r/ctime_r need 26 bytes,
 * strftime its max bytes. */
long sc_w_time(sc_fat t, const sc_site *site);
sc_fat sc_w_localtime(sc_fat t, const sc_site *site);
sc_fat sc_w_gmtime(sc_fat t, const sc_site *site);
sc_fat sc_w_localtime_r(sc_fat t, sc_fat tm, const sc_site *site);
sc_fat sc_w_gmtime_r(sc_fat t, sc_fat tm, const sc_site *site);
long sc_w_mktime(sc_fat tm, const sc_site *site);
sc_fat sc_w_asctime(sc_fat tm, const sc_site *site);
sc_fat sc_w_ctime(sc_fat t, const sc_site *site);
sc_fat sc_w_asctime_r(sc_fat tm, sc_fat buf, const sc_site *site);
sc_fat sc_w_ctime_r(sc_fat t, sc_fat buf, const sc_site *site);
size_t sc_w_strftime(sc_fat s, size_t max, sc_fat fmt, sc_fat tm, const sc_site *site);
/* ctype: glibc's isalpha()... macros index (*__ctype_b_loc())[c]; the
 * wrapped table pointers carry a capability of entries -128..255 (what glibc
 * defines), so an argument outside that range is an overflow of the table.
 * The function forms check the argument the same way. */
sc_fat sc_w___ctype_b_loc(const sc_site *site);
sc_fat sc_w___ctype_tolower_loc(const sc_site *site);
sc_fat sc_w___ctype_toupper_loc(const sc_site *site);
int sc_w_isalnum(int c, const sc_site *site);
int sc_w_isalpha(int c, const sc_site *site);
int sc_w_isblank(int c, const sc_site *site);
int sc_w_iscntrl(int c, const sc_site *site);
int sc_w_isdigit(int c, const sc_site *site);
int sc_w_isgraph(int c, const sc_site *site);
int sc_w_islower(int c, const sc_site *site);
int sc_w_isprint(int c, const sc_site *site);
int sc_w_ispunct(int c, const sc_site *site);
int sc_w_isspace(int c, const sc_site *site);
int sc_w_isupper(int c, const sc_site *site);
int sc_w_isxdigit(int c, const sc_site *site);

/* Checks for functions without a wrapper: s must be a NUL-terminated string
 * inside its capability window (reports a read overflow otherwise). */
void sc_chk_str(const sc_site *site, sc_fat s);

/* printf family: the instrumented call evaluates its arguments, calls this
 * check with one descriptor character per variadic argument and then makes
 * the real call.  The variadic list of the check holds, in order, for
 *   'i'  int-like of <= 4 bytes:  the value as an int
 *   'l'  8-byte integer:          the value as a long
 *   'd'  double (and float):      the value as a double
 *   'D'  long double:             the value as a long double
 *   'p'  pointer:                 its sc_fat (not the raw pointer)
 *   'o'  anything else (struct, __int128, _Complex): its value may be passed
 *        or not; the check reads no argument after it (a %s or scanf
 *        target after an 'o' is a format-violation: it cannot be checked)
 * Checks: the format is a string; enough arguments for the conversions
 * (positional %n$ too); each argument's class is exactly its conversion's
 * (%d %c: 'i'; %ld %lld %zu %jd %td: 'l'; %f: 'd'; %Lf: 'D'; %s %p: 'p');
 * %s arguments NUL-terminated inside their window (%.Ns and %.*s: N bytes
 * suffice; NULL is printed by glibc as "(null)"); %n refused.
 * Violations: format-violation, or a read overflow for a %s string. */
void sc_chk_printf(const sc_site *site, sc_fat fmt, const char *desc, ...);
void sc_chk_wprintf(const sc_site *site, sc_fat fmt, const char *desc, ...);
/* sprintf/snprintf/vsnprintf destination: dst must have `need` bytes in its
 * window (the result length + 1 for sprintf; min(n, length+1) for snprintf). */
void sc_chk_dst(const sc_site *site, sc_fat dst, size_t need);
/* scanf family: same descriptors (targets are 'p').  Each target must have
 * room for its conversion (%d: int, %ld: long, %lf: double, %5c: 5 bytes,
 * ...); %s and %[ need a width w and w+1 bytes, without a width they cannot
 * be bounded (format-violation); %ms (libc-allocated strings) is refused. */
void sc_chk_scanf(const sc_site *site, sc_fat fmt, const char *desc, ...);
/* After a real scanf that returned r: %m conversions' strings become heap
 * blocks the program owns. */
void sc_scanf_done(const sc_site *site, sc_fat fmt, int r, const char *desc, ...);

#ifdef __cplusplus
}
#endif
#endif /* SAFEC_RT_H */
