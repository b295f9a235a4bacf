/* safec_internal.h — shared by the runtime's .c files only (never by safe code).
 *
 * safec_rt.c      object records, address index, stack objects, shadow,
 *                 pointer/integer conversions, check slow paths
 * safec_report.c  violation reports (source line, object, call stack)
 * safec_libc.c    checked libc wrappers, printf/scanf format checks
 * safec_libc2.c   more wrappers (stdio files, string.h/stdlib.h extras,
 *                 multibyte strings, ctype tables, time.h)
 * safec_wchar.c   wchar.h's wide strings and wide memory
 * safec_init.c    initialization tracking
 * safec_va.c      variadic arguments
 */
#ifndef SAFEC_INTERNAL_H
#define SAFEC_INTERNAL_H

#include "safec_rt.h"

#include <stdbool.h>

#define SC_WILD_CAP ((sc_cap){1, 0, 0, 0})

/* sc_obj.flags (SC_F_EXTERN_WRITTEN = 1 is in safec_rt.h) */
#define SC_F_RETURNED 2u /* a stack object that died with its frame (return, longjmp) */

/* Capacity limit of sc_objs (record indices are below it). */
#define SC__MAX_RECORDS (1u << 26)

/* More read-modify-writes, plain while the process has one thread (see
 * SC_ONE_THREAD in safec_rt.h). */
static inline uint64_t sc_xchg64(uint64_t *p, uint64_t v)
{
    if (SC_ONE_THREAD()) {
        uint64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
        __atomic_store_n(p, v, __ATOMIC_RELAXED);
        return old;
    }
    return __atomic_exchange_n(p, v, __ATOMIC_ACQ_REL);
}

/* *p += v; the new value. */
static inline uint64_t sc_add64(uint64_t *p, uint64_t v)
{
    if (SC_ONE_THREAD()) {
        v += __atomic_load_n(p, __ATOMIC_RELAXED);
        __atomic_store_n(p, v, __ATOMIC_RELAXED);
        return v;
    }
    return __atomic_add_fetch(p, v, __ATOMIC_ACQ_REL);
}

/* If *p == old, *p = v (true); else false. */
static inline bool sc_cas32(uint32_t *p, uint32_t old, uint32_t v)
{
    if (SC_ONE_THREAD()) {
        if (__atomic_load_n(p, __ATOMIC_RELAXED) != old)
            return false;
        __atomic_store_n(p, v, __ATOMIC_RELAXED);
        return true;
    }
    return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

/* Initialization tracking (safec_init.c).  sc__track: obj's memory starts
 * unwritten (its record's gen gets SC_GEN_TRACK); sc__untrack: drop its
 * bitmap (the object ended).  sc__init_access: the slow path of a checked
 * in-window access to a tracked object (false: c's object is not tracked);
 * reports a read of unwritten bytes.  For wrappers: sc__init_set marks
 * [f.p, +n) written, sc__init_need reports if some byte of it is not,
 * sc__init_copy copies the state of n bytes from s to d (memcpy). */
void sc__track(uint32_t obj);
void sc__track_prefix(uint32_t obj, uint64_t len); /* bytes [0, len) written */
void sc__track_map(uint32_t obj, uint64_t imap);    /* with this init state */
/* A local's record (safec_rt.c), tracked with init state imap if not 0. */
sc_cap sc__reg_local(void *base, size_t size, const char *type_name, const sc_site *site,
                     uint64_t imap);
void sc__untrack(uint32_t obj);
bool sc__init_access(sc_fat f, uint64_t off, size_t n, int mode, const sc_site *site);
void sc__init_set(sc_fat f, size_t n);
void sc__init_need(sc_fat f, size_t n, const sc_site *site);
void sc__init_copy(sc_fat d, sc_fat s, size_t n);

/* "write" or "read" for an access mode (SC_READ ... SC_PUT). */
static inline const char *sc__acc(int mode)
{
    mode = SC_MODE(mode);
    return mode == SC_WRITE || mode == SC_RMW || mode == SC_PUT ? "write" : "read";
}

/* The init state slots (safec_init.c) and the short path of an in-window
 * access [off, off + n) to tracked object obj (o, whose capability has gen
 * and window end hi): true if nothing more is needed.  That is a read of
 * written bytes, a write of bytes already written, or any write to an
 * object of at most 63 bytes: its bits sit in its slot and are set here
 * (the first writes of a new heap node cost a few instructions, not a trip
 * through sc__init_access). */
static inline bool sc__init_quick(uint32_t obj, const sc_obj *o, uint32_t gen, uint32_t hi,
                                  uint64_t off, size_t n, int mode)
{
    int kind = SC_MODE(mode);
    if (kind == SC_COPY || kind == SC_PUT)
        return true;
    if (kind == SC_WRITE) { /* with the member's trailing padding, inside the window */
        n += SC_PAD_AFTER(mode);
        if (off + n > hi)
            n = (size_t)(hi - off);
    }
    if (!sc__imaps)
        return false;
    uint64_t v = __atomic_load_n(&sc__imaps[obj], __ATOMIC_RELAXED);
    if (v & SC__SMALL) {
        uint64_t size = o->size; /* at most 63, and off + n <= hi <= size */
        if (off + n > size)
            return false;
        uint64_t want = (((uint64_t)1 << n) - 1) << off;
        if ((v & want) == want)
            return true;
        if (kind != SC_WRITE)
            return false;
        v = sc_or64(&sc__imaps[obj], want);
        if (v == (SC__SMALL | (((uint64_t)1 << size) - 1)))
            sc__init_whole(obj, gen);
        return true;
    }
    if (!v || (v & SC__PREFIX)) { /* written from the start only, so far */
        uint64_t p = SC__PREFIX_LEN(v);
        if (kind != SC_WRITE)
            return off + n <= p;
        if (sc__prefix_write(obj, v, off, off + n, o->size))
            return true;
        if (off <= p && off + n >= o->size) { /* every byte written now */
            sc__init_whole(obj, gen);
            return true;
        }
        return false; /* a gap (it takes a map), or a race */
    }
    /* a map: 16-byte header {bits set, written prefix}, then the bits */
    const uint64_t *hdr = (const uint64_t *)(uintptr_t)(v & ~(uint64_t)1);
    if (kind != SC_WRITE && off + n <= __atomic_load_n(&hdr[1], __ATOMIC_RELAXED))
        return true; /* inside the written prefix (a library call's read) */
    if (n > 9)
        return false;
    unsigned char *bits = (unsigned char *)(uintptr_t)(v & ~(uint64_t)1) + 16;
    uint16_t have, want = (uint16_t)(((1u << n) - 1u) << (off & 7));
    __builtin_memcpy(&have, bits + (off >> 3), 2);
    if ((have & want) == want)
        return true;
    if (kind != SC_WRITE)
        return false;
    return sc__init_map_set(obj, gen, (uint64_t *)(uintptr_t)(v & ~(uint64_t)1), off, n);
}

/* How a report found the object a capability names. */
enum sc_found { SC_FOUND_NONE = 0, SC_FOUND_LIVE, SC_FOUND_DEAD };

/* The object `c` names as it was when the capability was made: the live
 * record, the dead record not yet reused, or its graveyard copy. */
enum sc_found sc__describe(sc_cap c, sc_obj *out);

/* What a record (or a copy sc__describe made) says for reports. */
static inline const char *sc__type_name(const sc_obj *o) { return sc_descs[o->desc].type_name; }
static inline const sc_site *sc__alloc_site(const sc_obj *o) { return sc_descs[o->desc].site; }
static inline uint32_t sc__type_id(const sc_obj *o) { return sc_descs[o->desc].type_id; }
/* (a dead record's link is its free site's description) */
static inline const sc_site *sc__free_site(const sc_obj *o)
{
    return o->live ? NULL : sc_descs[o->link].site;
}

/* Record index -> true if it is a record the runtime handed out. */
extern uint32_t sc__next, sc__nrecs; /* records handed out; reserved (safec_rt.c) */
static inline bool sc__valid_index(uint32_t obj)
{
    return obj >= 2 && obj < __atomic_load_n(&sc__next, __ATOMIC_ACQUIRE) && obj < sc__nrecs;
}
uint32_t sc__nrec(void);              /* records reserved (init maps: one slot each) */
size_t sc__as_budget(unsigned part); /* 1/part of an address-space limit */
/* A SIGSEGV at address a with the stack pointer at sp: the stack ran out
 * (safec_report.c). */
bool sc__stack_fault(uintptr_t a, uintptr_t sp);

/* Bytes of the object's window from its base: hi, or the real size for an
 * object larger than a capability can express. */
static inline uint64_t sc__win_hi(const sc_obj *o, sc_cap c)
{
    if (c.hi == 0xFFFFFFFFu && c.lo == 0 && o->size > 0xFFFFFFFFu)
        return o->size;
    return c.hi;
}

/* "a" or "an" before a number of bytes ("an 8-byte", "an 11-byte"). */
const char *sc__a(uint64_t n);

/* Print "safec: fatal: what" and end the process (not a violation). */
__attribute__((noreturn)) void sc__fatal(const char *what);

/* Faults the checks did not prevent (safec_report.c): sc__fault_init
 * installs the handler, sc__fault_thread gives the calling thread an
 * alternate stack to run it on (*mem: its memory, mapped once). */
void sc__fault_init(void);
void sc__fault_thread(void **mem);

/* Count an access through a wild pointer. */
void sc__count_wild(void);

/* Short noun for an object kind ("heap block"), and the overflow violation
 * an out-of-window access to such an object is. */
const char *sc__kind_noun(int kind);
int sc__overflow_violation(int kind);

/* Remove the shadow entries of [p, p+n) (memory that is no longer a live
 * object, so stale pointer values in it can never come back). */
void sc__clear_shadow(void *p, size_t n);

/* Kill c's object; false if c was not live (someone else killed it). */
bool sc__kill(sc_cap c, const sc_site *site);

/* Real free of a heap block, delayed by this thread's quarantine. */
void sc__quarantine(void *p, size_t n);

/* The small-block heap (safec_rt.c): heap blocks of up to SC__SMALL_MAX
 * bytes, with glibc only (regular C's free/realloc of such a block need
 * the interposers in safec_libc.c).  sc__small_new_r: a block with a live
 * record, zeroed if zero, else tracked if uninit (*out = NULL if none);
 * sc__small_block: is p in that heap.  Freeing one is killing its record. */
#if defined(__GLIBC__)
#define SC__SMALL_HEAP 1
#else
#define SC__SMALL_HEAP 0
#endif
#define SC__SMALL_MAX 512u
sc_capw sc__small_new_r(size_t n, bool zero, bool uninit, const char *type_name,
                        const sc_site *site, void **out);
bool sc__small_block(const void *p);

/* Find the live object containing p (any kind); false if none. */
bool sc__lookup_obj(uintptr_t p, sc_cap *cap, sc_obj *copy);
/* What free's usual case did (safec_rt.c): 0 if nothing, else one of these. */
enum { SC_FREED = 1, SC_FREED_SMALL = 2 };
/* malloc and free past their usual case (safec_libc.c). */
sc_capw sc__heap_new_r(size_t n, bool zero, bool uninit, const char *type_name,
                       const sc_site *site, void **out);
void sc__free_rest(void *p, sc_cap c, const sc_site *site, int done, size_t n);
/* realloc's usual case for a small block (safec_rt.c): resized in place,
 * with a new capability; SC_NOCAP when not done. */
sc_cap sc__small_resize(void *p, sc_cap c, size_t n, const sc_site *site);

/* safec_libc.c's range checks, for the wrappers in safec_libc2.c.
 * sc__avail: bytes from f.p to the end of its window (SIZE_MAX: wild);
 * sc__str/sc__strn: strlen/strnlen with the bytes read inside the window;
 * sc__need: n bytes at f.p inside the window (nothing for n == 0);
 * sc__overrun: report the access of n bytes at f.p + at;
 * sc__adopt: a block from libc's malloc becomes a checked heap object. */
size_t sc__avail(sc_fat f, int write, const sc_site *site);
size_t sc__str(sc_fat s, const sc_site *site);
size_t sc__strn(sc_fat s, size_t max, const sc_site *site);
void sc__need(sc_fat f, size_t n, int write, const sc_site *site);
__attribute__((noreturn)) void sc__overrun(sc_fat f, size_t at, size_t n, int write,
                                           const sc_site *site);
sc_fat sc__adopt(void *p, size_t n, const char *type_name, const sc_site *site);
/* Report dn bytes at d overlapping sn bytes at s (fn names the call). */
void sc__no_overlap(const char *fn, sc_fat d, size_t dn, sc_fat s, size_t sn,
                    const sc_site *site);
/* wcslen with the terminator (and every character read) inside the window
 * and written (safec_wchar.c). */
size_t sc__wstr(sc_fat s, const sc_site *site);

#endif /* SAFEC_INTERNAL_H */
