/* safec_libc.c — the libc boundary: checked wrappers, the heap, and
 * printf/scanf format checks.
 *
 * A wrapper checks every byte range the real function will touch against
 * the capability it was given (reporting with the caller's site), calls the
 * real function, and returns pointers with the capability they derive from.
 * Pointers with the wild capability (memory of regular C) are passed
 * through unchecked, as in the inline checks.
 */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#if defined(__x86_64__) && defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

/* ------------------------------------------------------------ helpers */

static inline sc_fat sc_null(void) { return sc_mk(NULL, SC_NOCAP); }

static inline sc_fat sc_derive(void *p, sc_fat from)
{
    return p ? sc_mk(p, from.c) : sc_null();
}

static const char *sc_s(size_t n) { return n == 1 ? "" : "s"; }

/* Bytes from f.p to the end of its window (SIZE_MAX for wild memory).
 * Reports if f is NULL, dead, forged, or starts outside its window. */
static inline __attribute__((always_inline)) size_t sc_avail(sc_fat f, int write,
                                                             const sc_site *site)
{
    if (f.c.obj == 1 && (uintptr_t)f.p >= 4096) {
        sc__count_wild();
        return SIZE_MAX;
    }
    const sc_obj *o = &sc_objs[f.c.obj];
    uint64_t off = (uintptr_t)f.p - o->base;
    if (f.c.obj > 1 && (o->gen & ~SC_GEN_TRACK) == f.c.gen && off >= f.c.lo) {
        uint64_t hi = sc__win_hi(o, f.c);
        if (off <= hi)
            return (size_t)(hi - off);
    }
    sc_chk_slow(f, 1, write, site);
    return 0;
}

/* The access of n bytes at f.p + at runs out of f's window: report it. */
static __attribute__((noreturn)) void sc_overrun(sc_fat f, size_t at, size_t n, int write,
                                                 const sc_site *site)
{
    sc_chk_slow(sc_add(f, (intptr_t)at), n, write, site);
    sc_report(SC_V_FORGED_POINTER, site, f.c, f.p, "%s of %zu byte%s past a capability window",
              sc__acc(write), n, sc_s(n));
}

/* Where the NUL of the string at p is, searching `avail` bytes. */
static inline const char *sc_find_nul(const char *p, size_t avail)
{
    return avail == SIZE_MAX ? p + strlen(p) : memchr(p, 0, avail);
}

/* strlen, with the terminator required inside the window. */
static size_t sc_str(sc_fat s, const sc_site *site)
{
    size_t a = sc_avail(s, 0, site);
    const char *z = sc_find_nul(s.p, a);
    if (!z) { /* unwritten bytes in the window were read before the overrun */
        sc__init_need(s, a, site);
        sc_overrun(s, a, 1, 0, site);
    }
    size_t len = (size_t)(z - (const char *)s.p);
    sc__init_need(s, len + 1, site);
    return len;
}

/* strnlen: the first `max` bytes or up to a NUL must be inside the window. */
static size_t sc_strn(sc_fat s, size_t max, const sc_site *site)
{
    if (max == 0)
        return 0;
    size_t a = sc_avail(s, 0, site);
    if (a == SIZE_MAX)
        return strnlen(s.p, max);
    size_t lim = a < max ? a : max;
    const char *z = memchr(s.p, 0, lim);
    if (z) {
        sc__init_need(s, (size_t)(z - (const char *)s.p) + 1, site);
        return (size_t)(z - (const char *)s.p);
    }
    if (lim == max) {
        sc__init_need(s, max, site);
        return max;
    }
    sc__init_need(s, a, site);
    sc_overrun(s, a, 1, 0, site);
}

static inline void sc_need(sc_fat f, size_t n, int write, const sc_site *site)
{
    if (n)
        (void)sc_chk(f, n, write, site);
}

/* A wrapper is about to write n bytes at f (memset, strcpy): their range
 * is checked, and in a tracked object they count as written, in one step
 * for the range (an access's check handles at most 8 bytes inline). */
static inline void sc_need_w(sc_fat f, size_t n, const sc_site *site)
{
    if (!n)
        return;
    (void)sc_chk(f, n, SC_PUT, site);
    const sc_obj *o = &sc_objs[f.c.obj];
    if (__builtin_expect(o->gen != f.c.gen, 0)) {
        /* a new block memset or filled as a whole (alloc: 6 million times)
         * is whole at once, without sc__init_set's lookups */
        if (o->gen == (f.c.gen | SC_GEN_TRACK) && (uintptr_t)f.p == o->base && n >= o->size)
            sc__init_whole(f.c.obj, f.c.gen);
        else
            sc__init_set(f, n);
    }
}

void sc__no_overlap(const char *fn, sc_fat d, size_t dn, sc_fat s, size_t sn,
                    const sc_site *site)
{
    uintptr_t a = (uintptr_t)d.p, b = (uintptr_t)s.p;
    if (dn && sn && a < b + sn && b < a + dn)
        sc_report(SC_V_MEMCPY_OVERLAP, site, d.c, d.p,
                  "%s: destination [%p, +%zu) overlaps source [%p, +%zu)", fn, d.p, dn, s.p,
                  sn);
}

/* ------------------------------------------------------------ heap */

/* Freed blocks wait here before the real free(), so the next malloc does
 * not hand out the same address at once (clearer reports; safety comes
 * from the generation check).  One FIFO per thread (no lock on free);
 * a thread's blocks are released when it ends.  Kept short: a block that
 * waited through 8192 frees had left the caches, and malloc/free and the
 * program's first writes to it paid for that (binarytrees -15% at 1024).
 * Blocks of glibc's default mmap threshold (128 KiB) and more are freed at
 * once: held, they are resident memory the program gave back (a merge
 * sort's 2.4 MB buffer tripled its peak RSS), and glibc hands most of them
 * back to the kernel anyway.  Small blocks (safec_rt.c) never come here:
 * their thread reuses them at once.  What comes here is mostly larger than
 * 512 bytes, so the byte limit is what binds: 1 MB (at 4 MB, an allocator
 * test holding 1024 blocks of 0.5-64 KB had 70% more peak RSS). */
#define SC_QUAR_BYTES ((size_t)1 << 20)
#define SC_QUAR_MAX_BLOCK ((size_t)128 << 10)
#define SC_QUAR_SLOTS 1024
typedef struct sc_quar {
    size_t head, tail, bytes;
    struct {
        void *p;
        size_t n;
    } q[SC_QUAR_SLOTS];
} sc_quar;
static __thread sc_quar *sc_qt;
static pthread_key_t sc_quar_key;
static pthread_once_t sc_quar_once = PTHREAD_ONCE_INIT;

static void sc_quar_release(void *arg)
{
    sc_quar *q = arg;
    for (; q->head != q->tail; q->head++)
        free(q->q[q->head % SC_QUAR_SLOTS].p);
    if (sc_qt == q)
        sc_qt = NULL;
    free(q);
}

static void sc_quar_key_init(void) { pthread_key_create(&sc_quar_key, sc_quar_release); }

static __attribute__((noinline)) sc_quar *sc_quar_new(void)
{
    pthread_once(&sc_quar_once, sc_quar_key_init);
    sc_quar *q = calloc(1, sizeof *q);
    if (q) {
        sc_qt = q;
        pthread_setspecific(sc_quar_key, q); /* sc_quar_release at thread exit */
    }
    return q;
}

void sc__quarantine(void *p, size_t n)
{
    if (sc__small_block(p))
        return; /* its killed record took it back to the small-block heap */
    sc_quar *q = sc_qt;
    if (n >= SC_QUAR_MAX_BLOCK || (!q && !(q = sc_quar_new()))) {
        free(p);
        return;
    }
    while (q->tail - q->head == SC_QUAR_SLOTS ||
           (q->bytes + n > SC_QUAR_BYTES && q->tail != q->head)) {
        size_t i = q->head++ % SC_QUAR_SLOTS;
        q->bytes -= q->q[i].n;
        free(q->q[i].p);
    }
    size_t i = q->tail++ % SC_QUAR_SLOTS;
    q->q[i].p = p;
    q->q[i].n = n;
    q->bytes += n;
}

/* The result of an allocation: the caller reads its capability with one
 * 16-byte load right away, so write it with one 16-byte store (gcc writes
 * sc_reg's two result registers as two 8-byte stores, and a load that
 * spans two stores cannot be forwarded: it waits until the store buffer
 * drains, the new record's cache-missing stores included). */
static inline sc_fat sc_heap_fat(void *p, sc_cap c)
{
#if defined(__x86_64__) && defined(__SSE2__)
    uint64_t lo = (uint64_t)c.gen << 32 | c.obj, hi = (uint64_t)c.hi << 32 | c.lo;
    __m128i v = _mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)lo),
                                   _mm_cvtsi64_si128((long long)hi));
    __asm__("" : "+x"(v)); /* keep it one vector */
    sc_fat f;
    f.p = p;
    memcpy(&f.c, &v, sizeof f.c);
    return f;
#else
    return (sc_fat){p, c};
#endif
}

static sc_fat sc_heap(void *p, size_t n, const char *type_name, const sc_site *site)
{
    if (!p)
        return sc_null();
    return sc_heap_fat(p, sc_reg(p, n, SC_K_HEAP, type_name, site));
}

/* A block whose bytes start unwritten (initialization-tracked, see
 * safec_init.c; sc_reg ignores the flag under --uninit=zero). */
static sc_fat sc_heap_uninit(void *p, size_t n, const char *type_name, const sc_site *site)
{
    if (!p)
        return sc_null();
    return sc_mk(p, sc_reg(p, n, SC_K_HEAP | SC_REG_UNINIT, type_name, site));
}

/* --uninit=zero: every new heap byte reads as 0 (set by the program's
 * constructors before main). */
int sc_uninit_zero;

/* A new n-byte heap block: from the small-block heap (safec_rt.c) if it
 * fits, else from libc.  zero: its bytes are 0; uninit: they start
 * unwritten (tracked), unless zero. */
static inline __attribute__((always_inline)) sc_fat
sc_heap_new(size_t n, bool zero, bool uninit, const char *type_name, const sc_site *site)
{
    void *p;
    sc_capw c = sc__small_new_r(n, zero, uninit, type_name, site, &p);
    if (p)
        return sc_heap_fat(p, sc_cap_of(c));
    p = zero ? calloc(n ? n : 1, 1) : malloc(n ? n : 1); /* malloc(0): a unique object */
    return uninit && !zero ? sc_heap_uninit(p, n, type_name, site)
                           : sc_heap(p, n, type_name, site);
}

/* f's capability, its pointer in *out. */
static inline sc_capw sc_split(sc_fat f, void **out)
{
    *out = f.p;
    return sc_capw_of(f.c);
}

/* malloc past its usual case (sc_w_malloc_r, safec_rt.c). */
sc_capw sc__heap_new_r(size_t n, bool zero, bool uninit, const char *type_name,
                       const sc_site *site, void **out)
{
    return sc_split(sc_heap_new(n, zero, uninit, type_name, site), out);
}

sc_fat sc_w_aligned_alloc(size_t al, size_t n, const sc_site *site)
{
    return sc_heap_uninit(aligned_alloc(al, n ? n : al), n, NULL, site);
}

int sc_w_posix_memalign(sc_fat out, size_t al, size_t n, const sc_site *site)
{
    sc_need(out, sizeof(void *), 1, site);
    void *q = NULL;
    int r = posix_memalign(&q, al, n ? n : 1);
    if (r == 0)
        sc_store_ptr(out.p, sc_heap_uninit(q, n, NULL, site));
    return r;
}

/* The live heap object p is the base of, for free/realloc; reports
 * invalid-free or double-free otherwise.  Returns false for a block of
 * regular C (wild, not registered): the caller hands it to libc as is. */
static bool sc_heap_block(sc_fat p, const char *fn, const sc_site *site, sc_cap *cap,
                          sc_obj *o)
{
    sc_cap c = p.c;
    if (c.obj == 1) {
        c = sc_lookup_cap(p.p);
        if (c.obj <= 1)
            return false;
    }
    if (sc__valid_index(c.obj)) { /* the usual case, without the lock */
        const sc_obj *r = &sc_objs[c.obj];
        if ((r->gen & ~SC_GEN_TRACK) == c.gen && r->live && r->kind == SC_K_HEAP && r->base == (uintptr_t)p.p) {
            *cap = c;
            o->size = r->size; /* the only field callers use */
            return true;
        }
    }
    if (!sc__valid_index(c.obj)) {
        sc_cap in;
        sc_obj io;
        if (sc__lookup_obj((uintptr_t)p.p, &in, &io))
            sc_report(SC_V_INVALID_FREE, site, in, p.p,
                      "%s of a pointer without capability (address %p, %llu bytes into %s "
                      "%llu-byte %s)",
                      fn, p.p, (unsigned long long)((uintptr_t)p.p - io.base), sc__a(io.size),
                      (unsigned long long)io.size, sc__kind_noun(io.kind));
        sc_report(SC_V_INVALID_FREE, site, SC_NOCAP, p.p,
                  "%s of a pointer without capability (address %p)", fn, p.p);
    }
    switch (sc__describe(c, o)) {
    case SC_FOUND_LIVE:
        if (o->kind != SC_K_HEAP)
            sc_report(SC_V_INVALID_FREE, site, c, p.p, "%s of %s %llu-byte %s, not a heap block",
                      fn, sc__a(o->size), (unsigned long long)o->size, sc__kind_noun(o->kind));
        if (o->base != (uintptr_t)p.p)
            sc_report(SC_V_INVALID_FREE, site, c, p.p,
                      "%s of a pointer %lld bytes into %s %llu-byte heap block", fn,
                      (long long)((uintptr_t)p.p - o->base), sc__a(o->size),
                      (unsigned long long)o->size);
        *cap = c;
        return true;
    case SC_FOUND_DEAD:
        if (o->kind == SC_K_HEAP)
            sc_report(SC_V_DOUBLE_FREE, site, c, p.p,
                      "%s of %s %llu-byte heap block that was already freed", fn,
                      sc__a(o->size), (unsigned long long)o->size);
        sc_report(SC_V_INVALID_FREE, site, c, p.p, "%s of a dead %llu-byte %s", fn,
                  (unsigned long long)o->size, sc__kind_noun(o->kind));
    default:
        sc_report(SC_V_DOUBLE_FREE, site, SC_NOCAP, p.p,
                  "%s of a block that was freed long ago (address %p)", fn, p.p);
    }
}

/* End a heap block: its capabilities die now, its memory later. */
static void sc_heap_end(void *p, sc_cap c, size_t size, const char *fn, const sc_site *site)
{
    if (!sc__kill(c, site)) /* another thread freed it first */
        sc_report(SC_V_DOUBLE_FREE, site, c, p, "%s of %s %zu-byte heap block freed concurrently",
                  fn, sc__a(size), size);
    /* after the kill: its atomic would otherwise wait for these stores */
    sc__clear_shadow(p, size);
    sc__quarantine(p, size);
}

/* free past its usual case (sc_w_free_r, safec_rt.c): done is what
 * free's quick case did (safec_rt.c), n the block's size if it did. */
void sc__free_rest(void *ptr, sc_cap cap, const sc_site *site, int done, size_t n)
{
    sc_fat p = sc_mk(ptr, cap);
    if (done) {
        sc__quarantine(p.p, n);
        return;
    }
    sc_cap c;
    sc_obj o;
    if (!sc_heap_block(p, "free", site, &c, &o)) {
        free(p.p);
        return;
    }
    sc_heap_end(p.p, c, o.size, "free", site);
}

sc_fat sc_w_realloc(sc_fat p, size_t n, const sc_site *site)
{
    if (!p.p)
        return sc_w_malloc(n, NULL, site);
    sc_cap c;
    sc_obj o;
    if (!sc_heap_block(p, "realloc", site, &c, &o))
        return sc_heap(realloc(p.p, n ? n : 1), n, NULL, site);
    if (n == 0) { /* glibc: frees and returns NULL */
        sc_heap_end(p.p, c, o.size, "realloc", site);
        return sc_null();
    }
    /* In place within a small block's size class (a new capability: every
     * pointer to the old object is stale at once, as after a move). */
    if (SC__SMALL_HEAP && n <= SC__SMALL_MAX) {
        sc_cap r = sc__small_resize(p.p, c, n, site);
        if (r.obj)
            return sc_heap_fat(p.p, r);
    }
    /* Else move: every pointer to the old block becomes stale at once. */
    sc_fat nf = sc_heap_new(n, sc_uninit_zero, true, NULL, site);
    if (!nf.p)
        return sc_null();
    void *q = nf.p;
    size_t m = o.size < n ? o.size : n;
    sc__init_copy(nf, sc_mk(p.p, c), m);
    sc_copy_shadow(q, p.p, m);
    memcpy(q, p.p, m);
    sc_heap_end(p.p, c, o.size, "realloc", site);
    return nf;
}

sc_fat sc_w_reallocarray(sc_fat p, size_t k, size_t n, const sc_site *site)
{
    size_t t;
    if (__builtin_mul_overflow(k, n, &t)) {
        errno = ENOMEM;
        return sc_null();
    }
    return sc_w_realloc(p, t, site);
}

/* libc's free, realloc, reallocarray and malloc_usable_size, interposed
 * for regular C linked into a safe program: a block of the small-block
 * heap (safec_rt.c) that safe code allocated and handed to regular C may
 * be freed or resized there.  Such a block is found by its address, freed
 * as safe code's free would, and a resize moves it to a libc block (it
 * belongs to regular C from then on).  Everything else goes on to the
 * next definition (glibc's, or a preloaded allocator's), found once
 * before main; until then, glibc's.  Weak: a static link keeps libc's. */
#if SC__SMALL_HEAP
extern void __libc_free(void *);
extern void *__libc_realloc(void *, size_t);
static void (*sc_next_free)(void *);
static void *(*sc_next_realloc)(void *, size_t);
static size_t (*sc_next_usable)(void *);

__attribute__((constructor(101))) static void sc_interpose_init(void)
{
    sc_next_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    sc_next_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    sc_next_usable = (size_t (*)(void *))dlsym(RTLD_NEXT, "malloc_usable_size");
}

/* The live small block p is the base of, for regular C's free/realloc
 * (fn); reports anything else. */
static sc_cap sc_small_live(void *p, const char *fn, size_t *size)
{
    sc_cap c;
    sc_obj o;
    if (!sc__lookup_obj((uintptr_t)p, &c, &o))
        sc_report(SC_V_DOUBLE_FREE, NULL, SC_NOCAP, p,
                  "%s (in code compiled as regular C) of a heap block that is not live "
                  "(address %p)", fn, p);
    if (o.kind != SC_K_HEAP || o.base != (uintptr_t)p)
        sc_report(SC_V_INVALID_FREE, NULL, c, p,
                  "%s (in code compiled as regular C) of a pointer %lld bytes into %s "
                  "%llu-byte %s", fn, (long long)((uintptr_t)p - o.base), sc__a(o.size),
                  (unsigned long long)o.size, sc__kind_noun(o.kind));
    *size = o.size;
    return c;
}

__attribute__((weak)) void free(void *p)
{
    if (__builtin_expect(!sc__small_block(p), 1)) {
        void (*f)(void *) = sc_next_free;
        if (f)
            f(p);
        else
            __libc_free(p);
        return;
    }
    size_t n;
    sc_cap c = sc_small_live(p, "free", &n);
    sc_w_free(sc_mk(p, c), NULL);
}

__attribute__((weak)) void *realloc(void *p, size_t n)
{
    if (__builtin_expect(!sc__small_block(p), 1)) {
        void *(*f)(void *, size_t) = sc_next_realloc;
        return f ? f(p, n) : __libc_realloc(p, n);
    }
    size_t old;
    sc_cap c = sc_small_live(p, "realloc", &old);
    if (n == 0) { /* glibc: frees and returns NULL */
        sc_w_free(sc_mk(p, c), NULL);
        return NULL;
    }
    void *q = malloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, old < n ? old : n);
    sc_w_free(sc_mk(p, c), NULL);
    return q;
}

__attribute__((weak)) void *reallocarray(void *p, size_t k, size_t n)
{
    size_t t;
    if (__builtin_mul_overflow(k, n, &t)) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(p, t);
}

__attribute__((weak)) size_t malloc_usable_size(void *p)
{
    if (__builtin_expect(!sc__small_block(p), 1)) {
        size_t (*f)(void *) = sc_next_usable;
        return f ? f(p) : 0;
    }
    size_t n;
    (void)sc_small_live(p, "malloc_usable_size", &n);
    return n;
}
#endif

sc_fat sc_w_strdup(sc_fat s, const sc_site *site)
{
    size_t n = sc_str(s, site) + 1;
    sc_fat d = sc_heap_new(n, false, false, NULL, site);
    if (d.p)
        memcpy(d.p, s.p, n);
    return d;
}

sc_fat sc_w_strndup(sc_fat s, size_t n, const sc_site *site)
{
    size_t len = sc_strn(s, n, site);
    sc_fat d = sc_heap_new(len + 1, false, false, NULL, site);
    if (d.p) {
        memcpy(d.p, s.p, len);
        ((char *)d.p)[len] = 0;
    }
    return d;
}

/* Allocation functions called through pointers (see safec_rt.h).  The call
 * site is the indirect call's when safe code made it (the argument slots
 * are tagged with the callee), else unknown. */
#define SC_FN_SITE(self) (sc_argfn == (void *)(self) ? sc_call_site : NULL)

void *sc_fn_malloc(size_t n)
{
    return sc_return(sc_w_malloc(n, NULL, SC_FN_SITE(sc_fn_malloc)), (void *)sc_fn_malloc);
}

void *sc_fn_calloc(size_t k, size_t n)
{
    return sc_return(sc_w_calloc(k, n, NULL, SC_FN_SITE(sc_fn_calloc)), (void *)sc_fn_calloc);
}

void *sc_fn_realloc(void *p, size_t n)
{
    const sc_site *site = SC_FN_SITE(sc_fn_realloc);
    sc_fat f = sc_param(p, 0, (void *)sc_fn_realloc);
    return sc_return(sc_w_realloc(f, n, site), (void *)sc_fn_realloc);
}

void sc_fn_free(void *p)
{
    const sc_site *site = SC_FN_SITE(sc_fn_free);
    sc_w_free(sc_param(p, 0, (void *)sc_fn_free), site);
}

void *sc_fn_aligned_alloc(size_t al, size_t n)
{
    return sc_return(sc_w_aligned_alloc(al, n, SC_FN_SITE(sc_fn_aligned_alloc)),
                     (void *)sc_fn_aligned_alloc);
}

char *sc_fn_strdup(const char *s)
{
    const sc_site *site = SC_FN_SITE(sc_fn_strdup);
    sc_fat f = sc_param((void *)s, 0, (void *)sc_fn_strdup);
    return sc_return(sc_w_strdup(f, site), (void *)sc_fn_strdup);
}

char *sc_fn_strndup(const char *s, size_t n)
{
    const sc_site *site = SC_FN_SITE(sc_fn_strndup);
    sc_fat f = sc_param((void *)s, 0, (void *)sc_fn_strndup);
    return sc_return(sc_w_strndup(f, n, site), (void *)sc_fn_strndup);
}

/* ------------------------------------------------------------ memory */

sc_fat sc_w_memcpy_r(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc_need(s, n, SC_COPY, site);
    sc_need(d, n, SC_PUT, site);
    sc__no_overlap("memcpy", d, n, s, n, site);
    sc__init_copy(d, s, n);
    sc_copy_shadow(d.p, s.p, n);
    if (n)
        memcpy(d.p, s.p, n);
    return d;
}

sc_fat sc_w_memmove_r(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    sc_need(s, n, SC_COPY, site);
    sc_need(d, n, SC_PUT, site);
    sc__init_copy(d, s, n);
    sc_copy_shadow(d.p, s.p, n); /* before the bytes move: it reads src values */
    if (n)
        memmove(d.p, s.p, n);
    return d;
}

/* No shadow update: a slot overwritten with bytes no longer holds the value
 * its capability was stored with, so loads from it get no capability. */
sc_fat sc_w_memset(sc_fat d, int c, size_t n, const sc_site *site)
{
    sc_need_w(d, n, site);
    if (n)
        memset(d.p, c, n);
    return d;
}

int sc_w_memcmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    sc_need(a, n, 0, site);
    sc_need(b, n, 0, site);
    return n ? memcmp(a.p, b.p, n) : 0;
}

/* memchr stops at the first match (C11 7.24.5.1), so only the bytes up to
 * it must be inside the window. */
sc_fat sc_w_memchr(sc_fat s, int c, size_t n, const sc_site *site)
{
    if (!n)
        return sc_null();
    size_t a = sc_avail(s, 0, site);
    void *r = memchr(s.p, c, a < n ? a : n);
    if (!r && a < n)
        sc_overrun(s, a, 1, 0, site);
    return sc_derive(r, s);
}

sc_fat sc_w_memrchr(sc_fat s, int c, size_t n, const sc_site *site)
{
    sc_need(s, n, 0, site);
    return n ? sc_derive(memrchr(s.p, c, n), s) : sc_null();
}

sc_fat sc_w_memccpy(sc_fat d, sc_fat s, int c, size_t n, const sc_site *site)
{
    if (!n)
        return sc_null();
    size_t a = sc_avail(s, 0, site);
    const char *hit = memchr(s.p, c, a < n ? a : n);
    if (!hit && a < n)
        sc_overrun(s, a, 1, 0, site);
    size_t k = hit ? (size_t)(hit - (const char *)s.p) + 1 : n;
    sc_need_w(d, k, site);
    sc__no_overlap("memccpy", d, k, s, k, site);
    return sc_derive(memccpy(d.p, s.p, c, n), d);
}

/* ------------------------------------------------------------ strings */

size_t sc_w_strlen(sc_fat s, const sc_site *site) { return sc_str(s, site); }

size_t sc_w_strnlen(sc_fat s, size_t n, const sc_site *site) { return sc_strn(s, n, site); }

void sc_chk_str(const sc_site *site, sc_fat s) { (void)sc_str(s, site); }

sc_fat sc_w_strcpy(sc_fat d, sc_fat s, const sc_site *site)
{
    size_t n = sc_str(s, site) + 1;
    sc_need_w(d, n, site);
    sc__no_overlap("strcpy", d, n, s, n, site);
    memcpy(d.p, s.p, n);
    return d;
}

sc_fat sc_w_stpcpy(sc_fat d, sc_fat s, const sc_site *site)
{
    size_t n = sc_str(s, site) + 1;
    sc_need_w(d, n, site);
    sc__no_overlap("stpcpy", d, n, s, n, site);
    memcpy(d.p, s.p, n);
    return sc_add(d, (intptr_t)n - 1);
}

/* strncpy writes exactly n bytes (NUL padding) and reads at most n. */
sc_fat sc_w_strncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    size_t len = sc_strn(s, n, site);
    sc_need_w(d, n, site);
    sc__no_overlap("strncpy", d, n, s, len < n ? len + 1 : n, site);
    if (n)
        strncpy(d.p, s.p, n);
    return d;
}

sc_fat sc_w_stpncpy(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    size_t len = sc_strn(s, n, site);
    sc_need_w(d, n, site);
    sc__no_overlap("stpncpy", d, n, s, len < n ? len + 1 : n, site);
    return n ? sc_mk(stpncpy(d.p, s.p, n), d.c) : d;
}

sc_fat sc_w_strcat(sc_fat d, sc_fat s, const sc_site *site)
{
    size_t dl = sc_str(d, site), sl = sc_str(s, site);
    sc_need_w(sc_add(d, (intptr_t)dl), sl + 1, site);
    sc__no_overlap("strcat", d, dl + sl + 1, s, sl + 1, site);
    memcpy((char *)d.p + dl, s.p, sl + 1);
    return d;
}

sc_fat sc_w_strncat(sc_fat d, sc_fat s, size_t n, const sc_site *site)
{
    size_t dl = sc_str(d, site), sl = sc_strn(s, n, site);
    sc_need_w(sc_add(d, (intptr_t)dl), sl + 1, site);
    sc__no_overlap("strncat", d, dl + sl + 1, s, sl, site);
    memcpy((char *)d.p + dl, s.p, sl);
    ((char *)d.p)[dl + sl] = 0;
    return d;
}

/* Compare like strncmp (n = SIZE_MAX for strcmp), checking only the bytes
 * the comparison reads.  When both strings end inside their windows, the
 * libc function does the work. */
static int sc_cmp(sc_fat a, sc_fat b, size_t n, bool icase, const sc_site *site)
{
    if (!n)
        return 0;
    size_t aa = sc_avail(a, 0, site), ab = sc_avail(b, 0, site);
    /* Compare no further than both windows reach (and n): a difference or a
     * common terminator found there is the answer; otherwise the real call
     * would read past a window, and the byte loop below reports where. */
    size_t m = aa < ab ? aa : ab;
    if (m > n)
        m = n;
    if (m) {
        int r = icase ? strncasecmp(a.p, b.p, m) : strncmp(a.p, b.p, m);
        /* equal so far: the answer if either string ends inside the m bytes
         * (equal strings in a block of their size end at its last byte) */
        if (r != 0 || m == n || !((const char *)a.p)[m - 1] || !((const char *)b.p)[m - 1] ||
            memchr(a.p, 0, m))
            return r;
    }
    const unsigned char *p = a.p, *q = b.p;
    for (size_t i = 0; i < n; i++) {
        if (i >= aa)
            sc_overrun(a, i, 1, 0, site);
        if (i >= ab)
            sc_overrun(b, i, 1, 0, site);
        int x = p[i], y = q[i];
        if (icase) {
            x = tolower(x);
            y = tolower(y);
        }
        if (x != y)
            return x - y;
        if (!x)
            return 0;
    }
    return 0;
}

int sc_w_strcmp(sc_fat a, sc_fat b, const sc_site *site) { return sc_cmp(a, b, SIZE_MAX, false, site); }

int sc_w_strncmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    return sc_cmp(a, b, n, false, site);
}

int sc_w_strcasecmp(sc_fat a, sc_fat b, const sc_site *site)
{
    return sc_cmp(a, b, SIZE_MAX, true, site);
}

int sc_w_strncasecmp(sc_fat a, sc_fat b, size_t n, const sc_site *site)
{
    return sc_cmp(a, b, n, true, site);
}

sc_fat sc_w_strchr(sc_fat s, int c, const sc_site *site)
{
    sc_str(s, site);
    return sc_derive(strchr(s.p, c), s);
}

sc_fat sc_w_strrchr(sc_fat s, int c, const sc_site *site)
{
    sc_str(s, site);
    return sc_derive(strrchr(s.p, c), s);
}

sc_fat sc_w_strchrnul(sc_fat s, int c, const sc_site *site)
{
    sc_str(s, site);
    return sc_derive(strchrnul(s.p, c), s);
}

sc_fat sc_w_strstr(sc_fat h, sc_fat n, const sc_site *site)
{
    sc_str(h, site);
    sc_str(n, site);
    return sc_derive(strstr(h.p, n.p), h);
}

sc_fat sc_w_strcasestr(sc_fat h, sc_fat n, const sc_site *site)
{
    sc_str(h, site);
    sc_str(n, site);
    return sc_derive(strcasestr(h.p, n.p), h);
}

sc_fat sc_w_strpbrk(sc_fat s, sc_fat set, const sc_site *site)
{
    sc_str(s, site);
    sc_str(set, site);
    return sc_derive(strpbrk(s.p, set.p), s);
}

size_t sc_w_strspn(sc_fat s, sc_fat set, const sc_site *site)
{
    sc_str(s, site);
    sc_str(set, site);
    return strspn(s.p, set.p);
}

size_t sc_w_strcspn(sc_fat s, sc_fat set, const sc_site *site)
{
    sc_str(s, site);
    sc_str(set, site);
    return strcspn(s.p, set.p);
}

/* One step of strtok over the string `cur` (which it writes NULs into);
 * *next gets the rest, with cur's capability. */
static sc_fat sc_tok(sc_fat cur, sc_fat delim, sc_fat *next, const sc_site *site)
{
    sc_str(delim, site);
    if (!cur.p) {
        *next = sc_null();
        return sc_null();
    }
    size_t a = sc_avail(cur, 1, site);
    if (!sc_find_nul(cur.p, a))
        sc_overrun(cur, a, 1, 0, site);
    char *rest = NULL;
    char *tok = strtok_r(cur.p, delim.p, &rest);
    *next = sc_derive(rest, cur);
    return sc_derive(tok, cur);
}

static __thread sc_fat sc_strtok_next;

sc_fat sc_w_strtok(sc_fat s, sc_fat delim, const sc_site *site)
{
    return sc_tok(s.p ? s : sc_strtok_next, delim, &sc_strtok_next, site);
}

sc_fat sc_w_strtok_r(sc_fat s, sc_fat delim, sc_fat saveptr, const sc_site *site)
{
    sc_need(saveptr, sizeof(char *), 1, site);
    sc_fat next;
    sc_fat tok = sc_tok(s.p ? s : sc_load_ptr(saveptr.p), delim, &next, site);
    sc_store_ptr(saveptr.p, next);
    return tok;
}

sc_fat sc_w_strsep(sc_fat stringp, sc_fat delim, const sc_site *site)
{
    sc_need(stringp, sizeof(char *), 1, site);
    sc_fat cur = sc_load_ptr(stringp.p);
    sc_str(delim, site);
    if (!cur.p)
        return sc_null();
    size_t a = sc_avail(cur, 1, site);
    if (!sc_find_nul(cur.p, a))
        sc_overrun(cur, a, 1, 0, site);
    char *p = cur.p;
    char *tok = strsep(&p, delim.p);
    sc_store_ptr(stringp.p, sc_derive(p, cur));
    return sc_derive(tok, cur);
}

/* ------------------------------------------------------------ numbers */

#define SC_STRTO(name, type, call)                                                     \
    type sc_w_##name(sc_fat s, sc_fat endp, int base, const sc_site *site)             \
    {                                                                                  \
        sc_str(s, site);                                                               \
        if (endp.p)                                                                    \
            sc_need(endp, sizeof(char *), 1, site);                                    \
        char *end;                                                                     \
        type r = call(s.p, &end, base);                                                \
        if (endp.p)                                                                    \
            sc_store_ptr(endp.p, sc_mk(end, s.c));                                     \
        return r;                                                                      \
    }
SC_STRTO(strtol, long, strtol)
SC_STRTO(strtoul, unsigned long, strtoul)
SC_STRTO(strtoll, long long, strtoll)
SC_STRTO(strtoull, unsigned long long, strtoull)

#define SC_STRTOF(name, type, call)                                                    \
    type sc_w_##name(sc_fat s, sc_fat endp, const sc_site *site)                       \
    {                                                                                  \
        sc_str(s, site);                                                               \
        if (endp.p)                                                                    \
            sc_need(endp, sizeof(char *), 1, site);                                    \
        char *end;                                                                     \
        type r = call(s.p, &end);                                                      \
        if (endp.p)                                                                    \
            sc_store_ptr(endp.p, sc_mk(end, s.c));                                     \
        return r;                                                                      \
    }
SC_STRTO(strtoimax, intmax_t, strtoimax)
SC_STRTO(strtoumax, uintmax_t, strtoumax)

SC_STRTOF(strtod, double, strtod)
SC_STRTOF(strtof, float, strtof)
SC_STRTOF(strtold, long double, strtold)

int sc_w_atoi(sc_fat s, const sc_site *site)
{
    sc_str(s, site);
    return atoi(s.p);
}

long sc_w_atol(sc_fat s, const sc_site *site)
{
    sc_str(s, site);
    return atol(s.p);
}

long long sc_w_atoll(sc_fat s, const sc_site *site)
{
    sc_str(s, site);
    return atoll(s.p);
}

double sc_w_atof(sc_fat s, const sc_site *site)
{
    sc_str(s, site);
    return atof(s.p);
}

/* ------------------------------------------------------------ environment, stdio */

sc_fat sc_w_getenv(sc_fat name, const sc_site *site)
{
    sc_str(name, site);
    char *r = getenv(name.p);
    if (!r)
        return sc_null();
    sc_cap c = sc_lookup_cap(r);
    if (c.obj <= 1) /* set by setenv/putenv after start: register it now */
        c = sc_reg(r, strlen(r) + 1, SC_K_ARGV, "environment string", NULL);
    return sc_mk(r, c);
}

/* The thread's errno is libc's memory: registered once per thread rather
 * than looked up by address at every use (a program's first lookup makes
 * every object from then on wait for the address index). */
static __thread sc_cap sc_errno_cap;
sc_fat sc_w___errno_location(const sc_site *site)
{
    (void)site;
    int *p = __errno_location();
    if (__builtin_expect(!sc_errno_cap.obj, 0))
        sc_errno_cap = sc_reg(p, sizeof *p, SC_K_EXTERN, "errno", NULL);
    return sc_mk(p, sc_errno_cap);
}

int sc_w_puts(sc_fat s, const sc_site *site)
{
    sc_str(s, site);
    return puts(s.p);
}

int sc_w_fputs(sc_fat s, void *stream, const sc_site *site)
{
    sc_str(s, site);
    return fputs(s.p, stream);
}

sc_fat sc_w_fgets(sc_fat buf, int n, void *stream, const sc_site *site)
{
    if (n > 0)
        sc_need(buf, (size_t)n, 1, site);
    return sc_derive(fgets(buf.p, n, stream), buf);
}

size_t sc_w_fread(sc_fat buf, size_t sz, size_t n, void *stream, const sc_site *site)
{
    size_t t;
    if (__builtin_mul_overflow(sz, n, &t))
        t = SIZE_MAX;
    sc_need(buf, t, 1, site);
    sc__clear_shadow(buf.p, t); /* bytes read are data, even if they look like pointers */
    return t ? fread(buf.p, sz, n, stream) : 0;
}

size_t sc_w_fwrite(sc_fat buf, size_t sz, size_t n, void *stream, const sc_site *site)
{
    size_t t;
    if (__builtin_mul_overflow(sz, n, &t))
        t = SIZE_MAX;
    sc_need(buf, t, SC_COPY, site); /* bytes out, not values (struct padding) */
    return t ? fwrite(buf.p, sz, n, stream) : 0;
}

/* getdelim with the buffer grown by the checked allocator: libc's own
 * realloc must never see a block whose record it would not update. */
long sc_w_getdelim(sc_fat lineptr, sc_fat n, int delim, void *stream, const sc_site *site)
{
    sc_need(lineptr, sizeof(char *), 1, site);
    sc_need(n, sizeof(size_t), 1, site);
    sc_fat buf = sc_load_ptr(lineptr.p);
    size_t cap = buf.p ? *(size_t *)n.p : 0;
    if (buf.p) {
        size_t a = sc_avail(buf, 1, site);
        if (a < cap)
            cap = a; /* *n claims more than the buffer holds */
    }
    FILE *fp = stream;
    size_t len = 0;
    int ch;
    flockfile(fp);
    for (;;) {
        ch = getc_unlocked(fp);
        if (ch == EOF)
            break;
        if (len + 2 > cap) {
            size_t ncap = cap < 120 ? 120 : cap * 2;
            sc_fat nb = sc_w_realloc(buf, ncap, site);
            if (!nb.p) {
                funlockfile(fp);
                errno = ENOMEM;
                return -1;
            }
            buf = nb;
            cap = ncap;
            sc_store_ptr(lineptr.p, buf);
            *(size_t *)n.p = cap;
        }
        ((char *)buf.p)[len++] = (char)ch;
        if (ch == delim)
            break;
    }
    funlockfile(fp);
    if (len == 0 && ch == EOF)
        return -1;
    ((char *)buf.p)[len] = 0;
    sc__init_set(buf, len + 1);
    return (long)len;
}

long sc_w_getline(sc_fat lineptr, sc_fat n, void *stream, const sc_site *site)
{
    return sc_w_getdelim(lineptr, n, '\n', stream, site);
}

/* ------------------------------------------------------------ qsort, bsearch
 * The real function calls a trampoline, which hands the user's comparator
 * (a safe function) capabilities through sc_argfn/sc_argcap: each element
 * comes with a window of exactly that element. */
typedef struct sc_cmpctx {
    void *fn;
    sc_fat base;
    size_t n, size;
    sc_cap key; /* bsearch */
} sc_cmpctx;

static sc_cap sc_elem_cap(const sc_cmpctx *x, const void *e)
{
    uintptr_t a = (uintptr_t)e, b = (uintptr_t)x->base.p;
    if (x->base.c.obj > 1 && a >= b && a - b < x->n * x->size) {
        const sc_obj *o = &sc_objs[x->base.c.obj];
        uint64_t lo = a - o->base;
        if (lo + x->size <= 0xFFFFFFFFu)
            return (sc_cap){x->base.c.obj, x->base.c.gen, (uint32_t)lo,
                            (uint32_t)(lo + x->size)};
        return x->base.c;
    }
    return SC_WILD_CAP; /* a libc temporary */
}

/* a and b point into the index array: compare the elements they name */
static int sc_qsort_cmp(const void *a, const void *b, void *ctx)
{
    const sc_cmpctx *x = ctx;
    const void *ea = *(const void *const *)a, *eb = *(const void *const *)b;
    sc_argcap[0] = sc_elem_cap(x, ea);
    sc_argcap[1] = sc_elem_cap(x, eb);
    sc_argfn = x->fn;
    return ((int (*)(const void *, const void *))x->fn)(ea, eb);
}

/* libc's qsort moves elements with its own copies, which would leave the
 * pointer slots inside them without their capabilities.  So libc sorts an
 * array of element addresses (same algorithm, so the same order, stable in
 * glibc), the array stays put while the comparator runs, and the elements
 * are then permuted here together with their shadow. */
void sc_w_qsort(sc_fat base, size_t n, size_t sz, sc_fat cmp, const sc_site *site)
{
    size_t t;
    if (__builtin_mul_overflow(n, sz, &t))
        t = SIZE_MAX;
    sc_need(base, t, 1, site);
    sc_cmpctx x = {sc_chk_call(cmp, 0, site), base, n, sz, SC_NOCAP};
    if (n <= 1 || sz == 0)
        return;
    char **idx = malloc(n * sizeof *idx);
    char *tmp = malloc(t);
    if (!idx || !tmp)
        sc__fatal("out of memory in qsort");
    for (size_t i = 0; i < n; i++)
        idx[i] = (char *)base.p + i * sz;
    qsort_r(idx, n, sizeof *idx, sc_qsort_cmp, &x);
    for (size_t i = 0; i < n; i++) {
        sc_copy_shadow(tmp + i * sz, idx[i], sz);
        memcpy(tmp + i * sz, idx[i], sz);
    }
    sc_copy_shadow(base.p, tmp, t);
    memcpy(base.p, tmp, t);
    sc__clear_shadow(tmp, t);
    free(tmp);
    free(idx);
}

/* bsearch has no context argument: the context goes through a thread
 * local (saved around nested calls from a comparator). */
static __thread const sc_cmpctx *sc_bsearch_ctx;

static int sc_bsearch_cmp(const void *key, const void *elem)
{
    const sc_cmpctx *x = sc_bsearch_ctx;
    sc_argcap[0] = x->key;
    sc_argcap[1] = sc_elem_cap(x, elem);
    sc_argfn = x->fn;
    return ((int (*)(const void *, const void *))x->fn)(key, elem);
}

sc_fat sc_w_bsearch(sc_fat key, sc_fat base, size_t n, size_t sz, sc_fat cmp,
                    const sc_site *site)
{
    size_t t;
    if (__builtin_mul_overflow(n, sz, &t))
        t = SIZE_MAX;
    sc_need(base, t, SC_COPY, site); /* the comparator reads what it reads */
    sc_cmpctx x = {sc_chk_call(cmp, 0, site), base, n, sz, key.c};
    const sc_cmpctx *saved = sc_bsearch_ctx;
    sc_bsearch_ctx = &x;
    void *r = n ? bsearch(key.p, base.p, n, sz, sc_bsearch_cmp) : NULL;
    sc_bsearch_ctx = saved;
    return sc_derive(r, base);
}

/* ------------------------------------------------------------ formats */

#define SC_MAXFMTARGS 128

typedef struct sc_fmtargs {
    int n;
    int nread; /* arguments before the first 'o': their values were read */
    char cls[SC_MAXFMTARGS];
    long v[SC_MAXFMTARGS];   /* for 'i' and 'l' ('*' widths and precisions) */
    sc_fat f[SC_MAXFMTARGS]; /* for 'p' */
} sc_fmtargs;

/* An 'o' argument's size is unknown, so nothing after it can be read from
 * the list (whether or not the caller passed the 'o' value itself). */
static void sc_collect(sc_fmtargs *A, const char *desc, va_list ap)
{
    A->n = 0;
    A->nread = -1;
    for (const char *d = desc; d && *d && A->n < SC_MAXFMTARGS; d++) {
        int i = A->n++;
        A->cls[i] = *d;
        A->f[i] = sc_null();
        if (A->nread >= 0)
            continue;
        switch (*d) {
        case 'i': A->v[i] = va_arg(ap, int); break;
        case 'l': A->v[i] = va_arg(ap, long); break;
        case 'd': (void)va_arg(ap, double); break;
        case 'D': (void)va_arg(ap, long double); break;
        case 'p': A->f[i] = va_arg(ap, sc_fat); break;
        default: A->nread = i; break; /* 'o' */
        }
    }
    if (A->nread < 0)
        A->nread = A->n;
}

/* The arguments after `desc` of the variadic function it is used in. */
#define SC_COLLECT_ARGS(A_, DESC_)                                                         \
    do {                                                                                  \
        va_list sc_ap_;                                                                   \
        va_start(sc_ap_, DESC_);                                                          \
        sc_collect((A_), (DESC_), sc_ap_);                                                \
        va_end(sc_ap_);                                                                   \
    } while (0)

static const char *sc_cls_name(char c)
{
    switch (c) {
    case 'i': return "an int";
    case 'l': return "a long";
    case 'd': return "a double";
    case 'D': return "a long double";
    case 'p': return "a pointer";
    default: return "a non-scalar value";
    }
}

/* What a conversion needs. */
enum { SC_W_INT, SC_W_LONG, SC_W_DBL, SC_W_LDBL, SC_W_STR, SC_W_WSTR, SC_W_PTRV };

static const char *sc_want_name(int w)
{
    switch (w) {
    case SC_W_INT: return "an int";
    case SC_W_LONG: return "an 8-byte integer";
    case SC_W_DBL: return "a double";
    case SC_W_LDBL: return "a long double";
    case SC_W_STR: return "a string";
    case SC_W_WSTR: return "a wide string";
    default: return "a pointer";
    }
}

typedef struct sc_fmtctx {
    const sc_site *site;
    const char *fn; /* "printf" or "scanf", for messages */
    const char *fmt;
    const sc_fmtargs *A;
    int seq; /* next sequential argument */
} sc_fmtctx;

static __attribute__((noreturn, format(printf, 2, 3))) void
sc_fmt_fail(const sc_fmtctx *x, const char *fmt, ...)
{
    char detail[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    /* the format as a C literal (the report's first line stays one line) */
    char lit[160];
    size_t n = 0;
    const char *f = x->fmt;
    for (; *f && n < 60; f++) {
        unsigned char ch = (unsigned char)*f;
        const char *esc = ch == '\n' ? "\\n" : ch == '\t' ? "\\t" : ch == '"' ? "\\\""
                        : ch == '\\' ? "\\\\" : NULL;
        if (esc)
            n += (size_t)snprintf(lit + n, sizeof lit - n, "%s", esc);
        else if (ch < 32 || ch >= 127)
            n += (size_t)snprintf(lit + n, sizeof lit - n, "\\x%02x", ch);
        else
            lit[n++] = (char)ch;
    }
    lit[n] = 0;
    sc_report(SC_V_FORMAT, x->site, SC_NOCAP, x->fmt, "%s format \"%s%s\": %s", x->fn, lit,
              *f ? "..." : "", detail);
}

/* A decimal number at *s (saturating: it only bounds reads). */
static long sc_fmt_num(const char **s)
{
    long v = 0;
    for (; isdigit((unsigned char)**s); (*s)++)
        v = v < 100000000 ? v * 10 + (**s - '0') : v;
    return v;
}

/* Parse "N$" at *s: the 1-based position, or 0. */
static int sc_fmt_pos(const char **s)
{
    const char *p = *s;
    int v = 0;
    while (isdigit((unsigned char)*p))
        v = v * 10 + (*p++ - '0');
    if (p != *s && *p == '$' && v > 0) {
        *s = p + 1;
        return v;
    }
    return 0;
}

/* The argument a conversion uses (pos: 1-based position or 0). */
static int sc_fmt_arg(sc_fmtctx *x, int pos, const char *conv, int convlen)
{
    int i = pos ? pos - 1 : x->seq++;
    if (i >= x->A->n)
        sc_fmt_fail(x, "too few arguments: '%.*s' needs argument %d, %d passed", convlen, conv,
                    i + 1, x->A->n);
    return i;
}

static void sc_printf_use(sc_fmtctx *x, int pos, int want, long prec, const char *conv,
                          int convlen)
{
    int i = sc_fmt_arg(x, pos, conv, convlen);
    char c = x->A->cls[i];
    bool ok;
    switch (want) {
    case SC_W_INT: ok = c == 'i'; break;
    case SC_W_LONG: ok = c == 'l'; break;
    case SC_W_DBL: ok = c == 'd'; break;
    case SC_W_LDBL: ok = c == 'D'; break;
    default: ok = c == 'p'; break; /* strings and %p */
    }
    if (!ok)
        sc_fmt_fail(x, "'%.*s' needs %s, argument %d is %s", convlen, conv,
                    sc_want_name(want), i + 1, sc_cls_name(c));
    if (want != SC_W_STR && want != SC_W_WSTR)
        return;
    if (i >= x->A->nread)
        sc_fmt_fail(x, "'%.*s': argument %d comes after a non-scalar argument and cannot be "
                    "checked", convlen, conv, i + 1);
    sc_fat f = x->A->f[i];
    if (!f.p)
        return; /* glibc prints a NULL string as "(null)" */
    if (want == SC_W_STR) {
        if (prec >= 0)
            sc_strn(f, (size_t)prec, x->site);
        else
            sc_str(f, x->site);
        return;
    }
    /* wide string: whole wchar_t units up to L'\0' (or prec bytes of output,
     * which needs at most prec characters) */
    size_t a = sc_avail(f, 0, x->site);
    const wchar_t *w = f.p;
    size_t max = prec >= 0 ? (size_t)prec : SIZE_MAX, k = 0;
    for (; k < max; k++) {
        if ((k + 1) * sizeof(wchar_t) > a) {
            sc__init_need(f, k * sizeof(wchar_t), x->site);
            sc_overrun(f, a, sizeof(wchar_t), 0, x->site);
        }
        if (!w[k]) {
            k++; /* the terminator is read too */
            break;
        }
    }
    sc__init_need(f, k * sizeof(wchar_t), x->site);
}

/* Width or precision given as '*' (or '*N$'): its value, or -1 if unknown. */
static long sc_printf_star(sc_fmtctx *x, const char **s, const char *conv)
{
    (*s)++;
    int pos = sc_fmt_pos(s);
    int i = sc_fmt_arg(x, pos, conv, (int)(*s - conv));
    char c = x->A->cls[i];
    if (c != 'i' && c != 'l')
        sc_fmt_fail(x, "'*' needs an int, argument %d is %s", i + 1, sc_cls_name(c));
    return i < x->A->nread ? (long)(int)x->A->v[i] : -1;
}

static void sc_printf_fmt(const sc_site *site, sc_fat fmt, const sc_fmtargs *a);

/* A length modifier (printf and scanf alike): -2 hh, -1 h, 0 none, 1 l,
 * 2 ll/q, 3 L, 4 z/Z/j/t.  Advances *s past it. */
static int sc_fmt_len(const char **s)
{
    const char *p = *s;
    int len = 0;
    if (*p == 'h') {
        len = p[1] == 'h' ? -2 : -1;
        p += p[1] == 'h' ? 2 : 1;
    } else if (*p == 'l') {
        len = p[1] == 'l' ? 2 : 1;
        p += len;
    } else if (*p == 'q' || *p == 'L') {
        len = *p == 'L' ? 3 : 2;
        p++;
    } else if (*p == 'z' || *p == 'Z' || *p == 'j' || *p == 't') {
        len = 4;
        p++;
    }
    *s = p;
    return len;
}

void sc_chk_printf(const sc_site *site, sc_fat fmt, const char *desc, ...)
{
    sc_fmtargs A;
    SC_COLLECT_ARGS(&A, desc);
    sc_printf_fmt(site, fmt, &A);
}

static void sc_printf_text(const sc_site *site, const char *fn, const char *fmt,
                           const sc_fmtargs *a);

/* The printf check proper: the format against the collected arguments. */
static void sc_printf_fmt(const sc_site *site, sc_fat fmt, const sc_fmtargs *a)
{
    sc_str(fmt, site);
    sc_printf_text(site, "printf", fmt.p, a);
}

/* wprintf, fwprintf, swprintf: a wide format has the same conversions
 * (%s a multibyte string, %ls a wide one); it is checked as its ASCII
 * transcription (other characters are literal text either way). */
void sc_chk_wprintf(const sc_site *site, sc_fat fmt, const char *desc, ...)
{
    sc_fmtargs A;
    SC_COLLECT_ARGS(&A, desc);
    size_t len = sc__wstr(fmt, site);
    const wchar_t *w = fmt.p;
    char *t = malloc(len + 1);
    if (!t)
        sc__fatal("out of memory checking a wide format");
    for (size_t i = 0; i <= len; i++)
        t[i] = w[i] >= 0 && w[i] < 0x80 ? (char)w[i] : '?';
    sc_printf_text(site, "wprintf", t, &A);
    free(t);
}

static void sc_printf_text(const sc_site *site, const char *fn, const char *fmt,
                           const sc_fmtargs *a)
{
    sc_fmtctx x = {site, fn, fmt, a, 0};
    for (const char *s = fmt; *s; s++) {
        if (*s != '%')
            continue;
        const char *conv = s++;
        if (*s == '%')
            continue;
        int pos = sc_fmt_pos(&s);
        while (*s && strchr("-+ #0'I", *s))
            s++;
        if (*s == '*')
            sc_printf_star(&x, &s, conv);
        else
            sc_fmt_num(&s);
        long prec = -1;
        if (*s == '.') {
            s++;
            if (*s == '*')
                prec = sc_printf_star(&x, &s, conv); /* negative: as if omitted */
            else
                prec = sc_fmt_num(&s);
        }
        int len = sc_fmt_len(&s);
        int clen = (int)(s - conv) + (*s ? 1 : 0);
        switch (*s) {
        case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': /* glibc: %Ld is %lld */
            sc_printf_use(&x, pos, len >= 1 ? SC_W_LONG : SC_W_INT, prec, conv, clen);
            break;
        case 'c': case 'C': /* int, or wint_t for %lc */
            sc_printf_use(&x, pos, SC_W_INT, prec, conv, clen);
            break;
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            sc_printf_use(&x, pos, len == 3 ? SC_W_LDBL : SC_W_DBL, prec, conv, clen);
            break;
        case 's':
            sc_printf_use(&x, pos, len == 1 ? SC_W_WSTR : SC_W_STR, prec, conv, clen);
            break;
        case 'S':
            sc_printf_use(&x, pos, SC_W_WSTR, prec, conv, clen);
            break;
        case 'p':
            sc_printf_use(&x, pos, SC_W_PTRV, prec, conv, clen);
            break;
        case 'm': /* glibc: strerror(errno), no argument */
            break;
        case 'n': {
            /* %n stores the count: allowed only through a pointer with room
             * for the integer it names (%hhn a char, %hn a short) */
            int seq = x.seq;
            sc_printf_use(&x, pos, SC_W_PTRV, prec, conv, clen);
            int i = pos > 0 ? pos - 1 : seq;
            size_t need = len == -2 ? 1 : len == -1 ? sizeof(short) : len == 0 ? sizeof(int)
                                                                              : sizeof(long);
            if (i >= 0 && i < x.A->nread) {
                sc_fat f = x.A->f[i];
                if (!f.p)
                    sc_fmt_fail(&x, "'%.*s' with a NULL pointer", clen, conv);
                size_t a = sc_avail(f, 1, site);
                if (a < need)
                    sc_overrun(f, 0, need, 1, site);
                sc__init_set(f, need);
            }
            break;
        }
        case 0:
            sc_fmt_fail(&x, "incomplete conversion '%.*s' at the end", clen, conv);
        default:
            sc_fmt_fail(&x, "unknown conversion '%.*s'", clen, conv);
        }
        if (!*s)
            break;
    }
}

void sc_chk_dst(const sc_site *site, sc_fat dst, size_t need) { sc_need(dst, need, 1, site); }

/* ------------------------------------------------------------ v*printf
 * A va_list made by va_start in a safe variadic function is bound to the
 * sc_va of that call (safec_va.c): the classes of the arguments still to be
 * read (from st->i on) and their capabilities.  The format is then checked
 * against them exactly as for a direct printf call (the values are read from
 * a copy of the va_list, class by class, so the real call still gets all of
 * them).  A va_list from regular C has no binding: only the format string
 * (and the destination's size) is checked. */

/* The arguments `ap` still holds; false if they are unknown. */
static bool sc_va_args(sc_fmtargs *A, va_list ap)
{
    const sc_va *st = sc_va_lookup((const void *)ap);
    if (!st || !st->desc)
        return false;
    va_list cp;
    va_copy(cp, ap);
    A->n = 0;
    A->nread = -1;
    for (unsigned k = st->i; k < st->n && A->n < SC_MAXFMTARGS; k++) {
        int i = A->n++;
        char d = st->desc[k];
        A->cls[i] = d;
        A->f[i] = sc_null();
        if (A->nread >= 0)
            continue;
        switch (d) {
        case 'i': A->v[i] = va_arg(cp, int); break;
        case 'l': A->v[i] = va_arg(cp, long); break;
        case 'd': (void)va_arg(cp, double); break;
        case 'D': (void)va_arg(cp, long double); break;
        case 'p': {
            /* Only the first arguments' capabilities are passed (sc_argcap
             * has SC_MAXARGS slots, fixed parameters included): a pointer
             * without one is looked up as if it came from regular C. */
            void *v = va_arg(cp, void *);
            sc_cap c = k < SC_VA_MAXCAPS ? st->caps[k] : SC_NOCAP;
            A->f[i] = sc_mk(v, c.obj == 0 && v ? sc_lookup_cap(v) : c);
            break;
        }
        default: A->nread = i; break; /* 'o': nothing after it can be read */
        }
    }
    va_end(cp);
    if (A->nread < 0)
        A->nread = A->n;
    return true;
}

/* Check fmt (and, when known, the arguments left in ap). */
static void sc_vchk(const sc_site *site, sc_fat fmt, va_list ap)
{
    sc_fmtargs A;
    if (sc_va_args(&A, ap))
        sc_printf_fmt(site, fmt, &A);
    else
        sc_str(fmt, site);
}

int sc_w_vprintf(sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_vchk(site, fmt, ap);
    return vprintf(fmt.p, ap);
}

int sc_w_vfprintf(void *stream, sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_vchk(site, fmt, ap);
    return vfprintf(stream, fmt.p, ap);
}

int sc_w_vdprintf(int fd, sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_vchk(site, fmt, ap);
    return vdprintf(fd, fmt.p, ap);
}

/* vsnprintf: like snprintf, the destination must have the n bytes it is
 * said to have (NULL with n == 0 only measures). */
int sc_w_vsnprintf(sc_fat dst, size_t n, sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_vchk(site, fmt, ap);
    sc_need(dst, n, 1, site);
    return vsnprintf(dst.p, n, fmt.p, ap);
}

/* vsprintf: the destination must hold the whole output and its NUL (the
 * length is measured first, on a copy of the va_list). */
int sc_w_vsprintf(sc_fat dst, sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_vchk(site, fmt, ap);
    va_list cp;
    va_copy(cp, ap);
    int len = vsnprintf(NULL, 0, fmt.p, cp);
    va_end(cp);
    if (len >= 0)
        sc_need(dst, (size_t)len + 1, 1, site);
    return vsprintf(dst.p, fmt.p, ap);
}

/* vasprintf/asprintf: libc allocates the result with malloc; it becomes a
 * heap object of the checked allocator (free and realloc work on it), and
 * *strp gets its capability. */
void sc_asprintf_done(const sc_site *site, sc_fat strp, int r)
{
    if (r < 0)
        return; /* *strp is unspecified: leave it without a capability */
    char *p = *(char **)strp.p;
    sc_set_shadow(strp.p, sc_heap(p, (size_t)r + 1, NULL, site));
}

int sc_w_vasprintf(sc_fat strp, sc_fat fmt, va_list ap, const sc_site *site)
{
    sc_need(strp, sizeof(char *), 1, site);
    sc_vchk(site, fmt, ap);
    int r = vasprintf((char **)strp.p, fmt.p, ap);
    sc_asprintf_done(site, strp, r);
    return r;
}

/* A scanf target: a pointer with room for `size` bytes. */
static void sc_scanf_use(sc_fmtctx *x, int pos, size_t size, const char *conv, int convlen)
{
    int i = sc_fmt_arg(x, pos, conv, convlen);
    if (x->A->cls[i] == 'p' && i >= x->A->nread)
        sc_fmt_fail(x, "'%.*s': argument %d comes after a non-scalar argument and cannot be "
                    "checked", convlen, conv, i + 1);
    if (x->A->cls[i] != 'p')
        sc_fmt_fail(x, "'%.*s' needs a pointer, argument %d is %s", convlen, conv, i + 1,
                    sc_cls_name(x->A->cls[i]));
    sc_need(x->A->f[i], size, 1, x->site);
}

/* One pass over a scanf format.  Before the call (r < 0): every target
 * must be a pointer with room for what its conversion stores.  After a
 * call that assigned r items: the strings libc allocated for the %m
 * conversions among them (POSIX.1-2008 assignment allocation: `char *s;
 * scanf("%ms", &s)`) become heap blocks the program owns, as asprintf's
 * do, and their pointers get capabilities. */
static void sc_scanf_pass(sc_fmtctx *x, int r)
{
    int assigned = 0;
    for (const char *s = x->fmt; *s; s++) {
        if (*s != '%')
            continue;
        const char *conv = s++;
        if (*s == '%')
            continue;
        int pos = sc_fmt_pos(&s);
        bool skip = false;
        if (*s == '*') {
            skip = true;
            s++;
        }
        long width = isdigit((unsigned char)*s) ? sc_fmt_num(&s) : -1;
        bool alloc = *s == 'm';
        if (alloc)
            s++;
        int len = sc_fmt_len(&s);
        char c = *s;
        if (c == '[') { /* the set: "]" may come first, and "^" before it */
            s++;
            if (*s == '^')
                s++;
            if (*s == ']')
                s++;
            while (*s && *s != ']')
                s++;
        }
        int clen = (int)(s - conv) + (*s ? 1 : 0);
        if (alloc && c != 'c' && c != 's' && c != '[' && c != 'S' && c != 'C')
            sc_fmt_fail(x, "'%.*s': '%%m' allocates only for c, s and [", clen, conv);
        size_t elem = len == 1 || c == 'S' || c == 'C' ? sizeof(wchar_t) : 1;
        size_t size = 0;
        switch (c) {
        case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'n':
            size = len == -2 ? 1 : len == -1 ? 2 : len == 0 ? sizeof(int) : 8;
            break;
        case 'a': case 'e': case 'f': case 'g': case 'A': case 'E': case 'F': case 'G':
            size = len == 3 ? sizeof(long double) : len == 1 ? sizeof(double) : sizeof(float);
            break;
        case 'p':
            size = sizeof(void *);
            break;
        case 'c': case 'C':
            size = (size_t)(width < 0 ? 1 : width) * elem;
            break;
        case 's': case 'S': case '[':
            if (!*s)
                sc_fmt_fail(x, "unterminated '%%[' set");
            if (width < 0 && !skip && !alloc)
                sc_fmt_fail(x, "'%.*s' without a field width cannot be bounded (write e.g. "
                            "%%99s for a 100-byte buffer, or %%ms)",
                            clen, conv);
            size = (size_t)(width + 1) * elem;
            break;
        case 0:
            sc_fmt_fail(x, "incomplete conversion '%.*s' at the end", clen, conv);
        default:
            sc_fmt_fail(x, "unknown conversion '%.*s'", clen, conv);
        }
        if (alloc)
            size = sizeof(void *); /* the target is where libc stores its pointer */
        if (skip)
            continue;
        if (r < 0) {
            sc_scanf_use(x, pos, size, conv, clen);
            continue;
        }
        int i = sc_fmt_arg(x, pos, conv, clen);
        if (c == 'n' || assigned++ >= r || !alloc)
            continue;
        sc_fat f = x->A->f[i];
        void *q = *(void **)f.p;
        if (!q)
            continue;
        size_t n = c == 'c' || c == 'C' ? (size_t)(width < 0 ? 1 : width) * elem
                   : elem == 1 ? strlen(q) + 1 : (wcslen(q) + 1) * sizeof(wchar_t);
        sc_set_shadow(f.p, sc_heap(q, n, NULL, x->site));
    }
}

void sc_chk_scanf(const sc_site *site, sc_fat fmt, const char *desc, ...)
{
    sc_fmtargs A;
    SC_COLLECT_ARGS(&A, desc);
    sc_str(fmt, site);
    sc_fmtctx x = {site, "scanf", fmt.p, &A, 0};
    sc_scanf_pass(&x, -1);
}

void sc_scanf_done(const sc_site *site, sc_fat fmt, int r, const char *desc, ...)
{
    if (r <= 0 || !strchr(fmt.p, 'm'))
        return; /* nothing assigned, or nothing allocated */
    sc_fmtargs A;
    SC_COLLECT_ARGS(&A, desc);
    sc_fmtctx x = {site, "scanf", fmt.p, &A, 0};
    sc_scanf_pass(&x, r);
}

/* ------------------------------------------------------------ for safec_libc2.c */

size_t sc__avail(sc_fat f, int write, const sc_site *site) { return sc_avail(f, write, site); }
size_t sc__str(sc_fat s, const sc_site *site) { return sc_str(s, site); }
size_t sc__strn(sc_fat s, size_t max, const sc_site *site) { return sc_strn(s, max, site); }
void sc__need(sc_fat f, size_t n, int write, const sc_site *site) { sc_need(f, n, write, site); }

void sc__overrun(sc_fat f, size_t at, size_t n, int write, const sc_site *site)
{
    sc_overrun(f, at, n, write, site);
}

sc_fat sc__adopt(void *p, size_t n, const char *type_name, const sc_site *site)
{
    return sc_heap(p, n, type_name, site);
}
