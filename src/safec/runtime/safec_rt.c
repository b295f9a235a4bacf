/* safec_rt.c — object records, the address index, stack objects, pointer
 * shadow, integer<->pointer conversions and the slow paths of the checks.
 *
 * Locking.  The object lifecycle (sc_reg / kill of heap and stack objects)
 * takes no global lock in the common case:
 *  - each thread owns a record cache (sc_tcache): a batch of never-used
 *    records and a FIFO of the records it killed; only refilling a batch or
 *    rebalancing between threads takes sc_lock;
 *  - heap and stack objects enter the address index lazily: sc_reg only
 *    appends (record, gen) to its cache's pending ring; the first lookup
 *    by address after it (any thread) flushes every ring into the index
 *    (sc_idx_flush, under sc_flush_l).  An object that dies before any
 *    lookup never touches the index.  Until the process's first lookup,
 *    and while it has one thread, not even the ring is written: that
 *    lookup adopts every live record by scanning the table (sc_idx_enable);
 *  - the address index is guarded by striped spin locks (one per 64
 *    neighbouring buckets), held only for one bucket's update or walk;
 *  - a kill claims the record by one compare-and-swap of the word that holds
 *    its gen and live flag, so exactly one of two concurrent frees wins, and
 *    takes a stripe lock only if the record made it into the index.
 * sc_lock still serializes the rare paths: registering globals, literals and
 * functions (dedup by base), moving records between caches, fork.  The
 * inline checks in safec_rt.h take no lock: they read a record's gen and
 * base, and a record's gen only ever grows, so a stale capability can never
 * become valid again.
 */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

/* ------------------------------------------------------------ state */

/* Until sc_init runs, sc_objs points at two records that fail every check,
 * so a check that runs before initialisation reports instead of crashing. */
static sc_obj sc_boot_objs[2] = {{.gen = 0xFFFFFFFFu}, {.gen = 0xFFFFFFFFu}};
sc_obj *sc_objs = sc_boot_objs;
static sc_desc sc_boot_descs[1];
sc_desc *sc_descs = sc_boot_descs;

/* What the address index keeps per record besides its chain link (cold:
 * touched only by programs that look addresses up, or run threads). */
typedef struct sc_objx {
    uint32_t indexed;  /* 1 while the record is in the address index */
    uint32_t pend_pos; /* where it was queued for the address index */
} sc_objx;
static sc_objx *sc_objxs;
sc_shadow **sc_shadow_dir;

__thread sc_cap sc_argcap[SC_MAXARGS];
__thread void *sc_argfn;
__thread void *sc_retval;
__thread sc_cap sc_retcap;
__thread void *sc_retfn;
__thread const sc_site *sc_call_site;
__thread void *sc_retagg_fn;
__thread sc_retslot sc_retagg[SC_RETSLOTS];
__thread void *sc_aggarg_fn;
__thread sc_retslot sc_aggarg[SC_AGGSLOTS];

static pthread_mutex_t sc_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t sc_init_lock = PTHREAD_MUTEX_INITIALIZER;
static int sc_ready;

#define SC_MAX_RECORDS SC__MAX_RECORDS
#define SC_MIN_RECORDS (1u << 16)
/* A thread reuses a record it killed only once this many others are queued
 * behind it.  Temporal safety never depends on it (generations do that); it
 * keeps reports about recently freed objects pointing at intact records,
 * spreads generation bumps over many records, and bounds how much of the
 * record table a malloc/free loop walks through. */
#define SC_REUSE_DELAY (1u << 10)
/* Never-used records are handed to threads in batches of this many. */
#define SC_FRESH_BATCH 256u
/* A record whose gen reaches this is retired instead of reused, so a gen
 * never wraps around to the value of an old capability. */
#define SC_GEN_RETIRE 0x7FFFFFF0u /* capability gens never reach SC_GEN_TRACK */

uint32_t sc__nrecs;          /* capacity of sc_objs (a power of two) */
#define sc_nrec sc__nrecs
uint32_t sc__next = 2; /* first record never handed to a thread */
#define sc_next sc__next

#define SC_SHADOW_DIR_SIZE (1u << 23) /* 47-bit user address space / 16 MB */
/* A leaf: the entries of 2M slots, then their windows (see safec_rt.h). */
#define SC_SHADOW_LEAF_BYTES \
    ((size_t)SC_SHADOW_LEAF_SLOTS * (sizeof(sc_shadow) + sizeof(sc_shadow_win)))
_Static_assert(sizeof(sc_shadow) == 16, "shadow entries are 16 bytes");
_Static_assert(SC_MAX_RECORDS <= SC_SHADOW_NARROW, "record indexes leave the NARROW bit free");

/* Graveyard: when a dead record is reused, what a report needs to describe
 * its previous object is copied here first, so a stale capability still
 * names the original object (allocation and free site) long after its
 * record was reused.  One ring per record cache, searched by reports only.
 * A program that ends objects all the time (a local whose address is taken,
 * in a loop) writes the whole ring, so its size is resident memory: 1024
 * entries (32 KB) describe the last 1024 reuses, on top of the
 * SC_REUSE_DELAY dead records that still describe themselves.  Most of a
 * small program's fixed memory cost was this ring, the dead ring and the
 * records a reuse delay walks through, at four times these sizes.  A
 * capability older than that is still reported (use after free, by its
 * gen); only the description of its object is gone. */
#define SC_GRAVES (1u << 10)
typedef struct sc_grave {
    uint32_t obj, gen; /* the capability's obj and gen; obj 0 = being written */
    uintptr_t base;
    /* size (48 bits: user space ends at 2^47), kind (8), flags (8): one
     * word, written in one store (SC_GRAVE_*) */
    uint64_t skf;
    uint32_t desc, free_desc; /* sc_descs indices */
} __attribute__((aligned(32))) sc_grave; /* two per cache line */
#define SC_GRAVE_SIZE(g) ((g)->skf & (((uint64_t)1 << 48) - 1))
#define SC_GRAVE_KIND(g) ((uint8_t)((g)->skf >> 48))
#define SC_GRAVE_FLAGS(g) ((uint8_t)((g)->skf >> 56))

/* A thread's record cache.  Caches are never freed: when a thread ends, its
 * dead records go to the global list and the cache (with its graveyard)
 * waits for the next thread. */
/* Objects registered by a cache's threads that may not be in the address
 * index yet: a ring of (gen << 32 | record) written by the owner (ptail) and
 * consumed by whichever thread flushes (phead, under sc_flush_l).  Entries
 * of objects that died in the meantime are skipped by the flush; an object
 * its own thread kills while its entry waits leaves a 0 there, and a full
 * ring first squeezes those out.  Mapped on demand: only the part a program
 * uses is ever touched -- all of it, once registrations wrap around the ring
 * (locals in a loop): 8192 entries, 64 KB.  (A squeeze costs the ring's
 * size and comes once per ring of registrations, whatever the size.) */
#define SC_PEND (1u << 13)
typedef uint64_t sc_pend;

/* A cache's dead records wait in a ring of record indices, oldest first
 * (a kill pushes, a reuse pops).  An array rather than a list linked
 * through the records: popping reads the ring, not the record, so the
 * record a reuse several allocations ahead will write can be prefetched
 * (a program that frees a big structure and then builds another walks
 * records that left the cache long ago).  A cache holds at most
 * SC_DQ_SPILL (then it spills, see sc_tc_spill). */
#define SC_DQ (1u << 13)
#define SC_DQ_SPILL (SC_DQ / 2)
#define SC_DQ_AHEAD 8 /* reuses to prefetch ahead */

/* A thread's cache of the descriptions it made last, direct-mapped by
 * site: an allocation finds its description here without a lock. */
#define SC_DC 64
typedef struct sc_desccache {
    const char *type_name;
    const sc_site *site;
    uint32_t type_id, desc;
} sc_desccache;

typedef struct sc_tcache {
    struct sc_tcache *next;    /* all caches, a push-only list */
    int owned;                 /* 0 free, 1 in use, 2 orphaned by fork */
    uint32_t fresh, fresh_end; /* never-used records [fresh, fresh_end) */
    uint64_t dhead, dtail;     /* dead records dq[dhead, dtail), oldest first */
    uint32_t dn;               /* dtail - dhead */
    sc_grave *graves;          /* SC_GRAVES entries, mapped at first reuse */
    uint64_t ngraves;
    struct sc_smallqs *small;  /* small-block queues, mapped at first use */
    sc_desccache dc[SC_DC];    /* descriptions made last (sc_desc_of) */
    sc_desccache last_alloc;   /* the last heap block's description (sc_heap_desc) */
    sc_desccache last_free;    /* the last free's site (sc_small_free_quick) */
    sc_desccache last_local;   /* the last local's description (sc__reg_local) */
    void *altstack;            /* the owning thread's alternate signal stack */
    uint64_t ptail;                            /* pushed (owner; release) */
    __attribute__((aligned(64))) uint64_t phead; /* consumed (flusher; release) */
    __attribute__((aligned(64))) sc_pend pend[SC_PEND];
    uint32_t dq[SC_DQ];
} sc_tcache;
_Static_assert(SC_DQ > SC_DQ_SPILL && SC_DQ_SPILL > SC_REUSE_DELAY,
               "a cache spills before its dead ring is full, and after a reuse is due");

static __thread sc_tcache *sc_tc;
static sc_tcache *sc_tc_all;
static pthread_key_t sc_tc_key;

/* Dead records given up by threads (ended, or killing more than they
 * allocate), oldest first: sc_gd[sc_gd_first, + sc_gd_n) of a reservation
 * that can hold every record.  Guarded by sc_lock; sc_gd_n is read
 * without. */
static uint32_t *sc_gd;
static uint64_t sc_gd_first;
static uint32_t sc_gd_n;

static uint64_t sc_wild_n;

static void *sc_map(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void sc__fatal(const char *what)
{
    char buf[256];
    int n = snprintf(buf, sizeof buf, "safec: fatal: %s\n", what);
    if (write(2, buf, (size_t)n) < 0) { /* nothing left to do */ }
    _exit(86);
}

/* ------------------------------------------------------------ index locks
 * One byte per stripe of 64 neighbouring buckets: objects allocated together
 * share a stripe (and its cache line) in the thread that allocates them. */
#define SC_STRIPES 1024u
static unsigned char sc_stripes[SC_STRIPES];

static inline unsigned char *sc_stripe(size_t bucket)
{
    return &sc_stripes[(bucket >> 6) & (SC_STRIPES - 1)];
}

static inline void sc_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

static inline void sc_spin_lock(unsigned char *l)
{
    if (SC_ONE_THREAD()) { /* nobody to wait for; unlock's store is the same */
        __atomic_store_n(l, 1, __ATOMIC_RELAXED);
        return;
    }
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE)) {
        for (int n = 0; __atomic_load_n(l, __ATOMIC_RELAXED); n++) {
            if (n < 64)
                sc_cpu_relax();
            else
                sched_yield(); /* the holder may be descheduled */
        }
    }
}

static inline void sc_spin_unlock(unsigned char *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }

/* Serializes the consumers of the pending rings (see sc_idx_flush). */
static unsigned char sc_flush_l;

/* 0 until the first lookup by address: until then a single-threaded
 * process queues no new object for the index (most programs never look
 * an address up; one that does pays a scan of the records once). */
static int sc_idx_all;

/* Are new heap and stack objects queued for the index (sc_pend_push)? */
static inline bool sc_queueing(void)
{
    return !SC_ONE_THREAD() || __atomic_load_n(&sc_idx_all, __ATOMIC_RELAXED);
}

/* ------------------------------------------------------------ descriptions
 * sc_descs[1, sc_ndescs) in order of first use (a reservation, touched as
 * far as used); an open-addressing hash of (type name, site, type id) ->
 * index finds an existing one.  The hash starts at 4 KB and doubles at
 * half full: its slots are spread over all of it, so a big one would make
 * every description touch a page.  Descriptions are never removed: there
 * are about as many as places that make objects.  A program that makes
 * more (type names built at run time) gets index 0 past SC_MAX_DESCS: its
 * objects are still checked, their reports just cannot name type or site. */
#define SC_MAX_DESCS (1u << 20)
#define SC_DESC_HASH0 1024u /* first size of the hash, in slots: one page */
static uint32_t *sc_desc_hash;
static uint32_t sc_desc_nhash; /* slots, a power of two */
static uint32_t sc_ndescs = 1;
static unsigned char sc_desc_l; /* guards all of the above */

static inline uint64_t sc_desc_key(const char *type_name, const sc_site *site, uint32_t type_id)
{
    return ((uint64_t)(uintptr_t)site * 0x9E3779B97F4A7C15ull) ^
           ((uint64_t)(uintptr_t)type_name * 0xC2B2AE3D27D4EB4Full) ^ type_id;
}

/* Slot of description d (or of the key) in a hash of n slots. */
static inline size_t sc_desc_slot(const uint32_t *hash, uint32_t n, uint64_t key)
{
    size_t i = (size_t)(key >> 32) & (n - 1);
    while (hash[i])
        i = (i + 1) & (n - 1);
    return i;
}

/* The hash, twice as big.  Caller holds sc_desc_l.  False: no memory
 * (the old one stays). */
static bool sc_desc_grow(void)
{
    uint32_t n = sc_desc_nhash ? 2 * sc_desc_nhash : SC_DESC_HASH0;
    uint32_t *h = sc_map((size_t)n * sizeof(uint32_t));
    if (!h)
        return false;
    for (uint32_t d = 1; d < sc_ndescs; d++) {
        const sc_desc *e = &sc_descs[d];
        h[sc_desc_slot(h, n, sc_desc_key(e->type_name, e->site, e->type_id))] = d;
    }
    if (sc_desc_hash)
        munmap(sc_desc_hash, (size_t)sc_desc_nhash * sizeof(uint32_t));
    sc_desc_hash = h;
    sc_desc_nhash = n;
    return true;
}

static __attribute__((noinline)) uint32_t sc_desc_find(const char *type_name, const sc_site *site,
                                                       uint32_t type_id)
{
    if (sc_descs == sc_boot_descs)
        return 0; /* before sc_init */
    uint64_t h = sc_desc_key(type_name, site, type_id);
    uint32_t d = 0;
    sc_spin_lock(&sc_desc_l);
    if (2 * (uint64_t)sc_ndescs >= sc_desc_nhash && !sc_desc_grow()) {
        sc_spin_unlock(&sc_desc_l);
        return 0;
    }
    for (size_t i = (size_t)(h >> 32) & (sc_desc_nhash - 1);; i = (i + 1) & (sc_desc_nhash - 1)) {
        d = sc_desc_hash[i];
        if (!d) {
            if (sc_ndescs < SC_MAX_DESCS) {
                d = sc_ndescs;
                sc_descs[d] = (sc_desc){type_name, site, type_id};
                sc_desc_hash[i] = d;
                __atomic_store_n(&sc_ndescs, d + 1, __ATOMIC_RELEASE);
            }
            break;
        }
        const sc_desc *e = &sc_descs[d];
        if (e->type_name == type_name && e->site == site && e->type_id == type_id)
            break;
    }
    sc_spin_unlock(&sc_desc_l);
    return d;
}

/* The index of description (type_name, site, type_id), through thread
 * cache t (NULL: none). */
static inline uint32_t sc_desc_of(sc_tcache *t, const char *type_name, const sc_site *site,
                                  uint32_t type_id)
{
    if (!type_name && !site && !type_id)
        return 0;
    if (!t)
        return sc_desc_find(type_name, site, type_id);
    sc_desccache *e = &t->dc[(uint32_t)(sc_desc_key(type_name, site, type_id) >> 58) & (SC_DC - 1)];
    if (__builtin_expect(e->site == site && e->type_name == type_name && e->type_id == type_id &&
                         e->desc, 1))
        return e->desc;
    uint32_t d = sc_desc_find(type_name, site, type_id);
    *e = (sc_desccache){type_name, site, type_id, d};
    return d;
}

/* ------------------------------------------------------------ init */

static void sc_stats_at_exit(void)
{
    fprintf(stderr, "safec: %llu accesses through wild pointers\n",
            (unsigned long long)__atomic_load_n(&sc_wild_n, __ATOMIC_RELAXED));
}

/* fork() while another thread holds sc_lock or an index stripe would leave
 * the child's lock held forever.  Record caches of other threads may be
 * mid-update at the fork: the child never reuses them (they are orphaned;
 * their graveyards stay readable). */
static void sc_atfork_prepare(void)
{
    pthread_mutex_lock(&sc_lock);
    sc_spin_lock(&sc_flush_l);
    for (unsigned s = 0; s < SC_STRIPES; s++)
        sc_spin_lock(&sc_stripes[s]);
    sc_spin_lock(&sc_desc_l); /* (taken with sc_lock held, never the reverse) */
}
static void sc_atfork_parent(void)
{
    sc_spin_unlock(&sc_desc_l);
    for (unsigned s = 0; s < SC_STRIPES; s++)
        sc_spin_unlock(&sc_stripes[s]);
    sc_spin_unlock(&sc_flush_l);
    pthread_mutex_unlock(&sc_lock);
}
static void sc_atfork_child(void)
{
    sc_spin_unlock(&sc_desc_l);
    for (unsigned s = 0; s < SC_STRIPES; s++)
        sc_spin_unlock(&sc_stripes[s]);
    sc_spin_unlock(&sc_flush_l);
    for (sc_tcache *t = sc_tc_all; t; t = t->next)
        if (t != sc_tc && t->owned)
            t->owned = 2;
    pthread_mutex_init(&sc_lock, NULL);
}

/* A share (1/part) of the address space a limit (RLIMIT_AS, ulimit -v)
 * leaves, for a reservation; without a limit, no bound. */
size_t sc__as_budget(unsigned part)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return SIZE_MAX;
    return (size_t)rl.rlim_cur / part;
}

uint32_t sc__nrec(void) { return sc_nrec; }

static void sc_stack_init(void);
static uint32_t *sc_index_init(void);
static void sc_tc_release(void *tc);

void sc_init(void)
{
    if (__atomic_load_n(&sc_ready, __ATOMIC_ACQUIRE))
        return;
    pthread_mutex_lock(&sc_init_lock);
    if (sc_ready) {
        pthread_mutex_unlock(&sc_init_lock);
        return;
    }
    /* The fixed tables first, then as many records as the address space
     * allows (vm.overcommit mode 2 ignores MAP_NORESERVE, so big
     * reservations may fail), and under a limit on it (ulimit -v) no more
     * than a quarter of it: the program, the small-block heap and the init
     * maps need the rest. */
    sc_shadow **dir = sc_map((size_t)SC_SHADOW_DIR_SIZE * sizeof(sc_shadow *));
    sc_desc *descs = sc_map((size_t)SC_MAX_DESCS * sizeof(sc_desc));
    if (!dir || !sc_index_init() || !descs)
        sc__fatal("cannot reserve runtime tables");
    size_t per = sizeof(sc_obj) + sizeof(sc_objx) + sizeof(uint64_t); /* + its init map slot */
    size_t budget = sc__as_budget(4);
    sc_obj *objs = NULL;
    uint32_t n;
    for (n = SC_MAX_RECORDS; n >= SC_MIN_RECORDS; n >>= 1) {
        if (n > SC_MIN_RECORDS && (size_t)n * per > budget)
            continue;
        objs = sc_map((size_t)n * sizeof(sc_obj));
        sc_objxs = objs ? sc_map((size_t)n * sizeof(sc_objx)) : NULL;
        if (sc_objxs)
            break;
        if (objs)
            munmap(objs, (size_t)n * sizeof(sc_obj));
        objs = NULL;
    }
    if (!objs)
        sc__fatal("cannot reserve the object record table");
    __atomic_store_n(&sc_descs, descs, __ATOMIC_RELEASE);
    objs[0] = sc_boot_objs[0];
    objs[1] = sc_boot_objs[1];
    objs[0].desc = sc_desc_find("no capability", NULL, 0);
    objs[1].desc = sc_desc_find("wild", NULL, 0);
    sc_nrec = n;
    sc_shadow_dir = dir;
    __atomic_store_n(&sc_objs, objs, __ATOMIC_RELEASE);
    pthread_atfork(sc_atfork_prepare, sc_atfork_parent, sc_atfork_child);
    pthread_key_create(&sc_tc_key, sc_tc_release);
    sc_stack_init();
    static void *init_altstack; /* the thread that starts the runtime, usually main */
    sc__fault_thread(&init_altstack);
    sc__fault_init();
    const char *st = getenv("SAFEC_STATS");
    if (st && *st && *st != '0')
        atexit(sc_stats_at_exit);
    __atomic_store_n(&sc_ready, 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&sc_init_lock);
}

/* Run before anything else can touch a capability: from .preinit_array in
 * an executable (before every constructor, including those of shared
 * libraries), and from a high-priority constructor where .preinit_array is
 * not allowed (a shared object).  sc_init is idempotent.  Code compiled with
 * -fPIC may end up in either, so it gets the constructor only, unless the
 * build says -DSAFEC_PREINIT (executables only). */
#if (defined(SAFEC_PREINIT) || defined(__PIE__) || !defined(__PIC__)) && \
    !defined(SAFEC_NO_PREINIT)
static void sc_init_early(void) { sc_init(); }
__attribute__((section(".preinit_array"), used)) static void (*const sc_preinit)(void) =
    sc_init_early;
#endif
__attribute__((constructor(101))) static void sc_init_ctor(void) { sc_init(); }

static inline void sc_ensure_init(void)
{
    if (__builtin_expect(!__atomic_load_n(&sc_ready, __ATOMIC_ACQUIRE), 0))
        sc_init();
}


void sc__count_wild(void) { __atomic_fetch_add(&sc_wild_n, 1, __ATOMIC_RELAXED); }

uint64_t sc_wild_accesses(void) { return __atomic_load_n(&sc_wild_n, __ATOMIC_RELAXED); }

static inline sc_cap sc_whole_cap(uint32_t i)
{
    const sc_obj *o = &sc_objs[i];
    sc_cap c = {i, o->gen & ~SC_GEN_TRACK, 0, o->size > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)o->size};
    return c;
}

/* ------------------------------------------------------------ life word
 * A record's gen, kind, live, exposed and flags share one aligned 8-byte
 * word.  A kill changes gen and live (and adds its flags) with one
 * compare-and-swap of that word, so a reader that loads the word sees
 * either the live object with its gen or the dead one, never a live record
 * with the next gen (that capability would be valid for the record's next
 * object). */
typedef uint64_t __attribute__((may_alias)) sc_word;
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "life word layout");
_Static_assert(offsetof(sc_obj, gen) % 8 == 0 && offsetof(sc_obj, kind) == offsetof(sc_obj, gen) + 4 &&
                   offsetof(sc_obj, live) == offsetof(sc_obj, gen) + 5 &&
                   offsetof(sc_obj, flags) == offsetof(sc_obj, gen) + 7,
               "life word layout");
_Static_assert(sizeof(sc_obj) == 32, "two records per cache line");
_Static_assert(sizeof(sc_grave) == 32, "two graves per cache line");
#define SC_W_GEN 0xFFFFFFFFull
#define SC_W_LIVE (0xFFull << 40)
#define SC_W_LIVE1 (1ull << 40) /* live = 1 */

static inline sc_word *sc_lifew(sc_obj *o) { return (sc_word *)(void *)&o->gen; }
/* (the gen of the object's capabilities: without the init-tracking bit) */
static inline uint32_t sc_w_gen(uint64_t w) { return (uint32_t)w & ~SC_GEN_TRACK; }
static inline int sc_w_kind(uint64_t w) { return (int)((w >> 32) & 0xFF); }
static inline bool sc_w_live(uint64_t w) { return (w & SC_W_LIVE) != 0; }
/* Is a record whose word is w the live object capabilities of gen name? */
static inline bool sc_w_is(uint64_t w, uint32_t gen) { return sc_w_live(w) && sc_w_gen(w) == gen; }
/* Life word w of the object of gen, killed: the next gen, not live, flags added. */
static inline uint64_t sc_w_killed(uint64_t w, uint32_t gen, unsigned flags)
{
    return (w & ~(SC_W_GEN | SC_W_LIVE)) | (uint64_t)(uint32_t)(gen + 1) |
           (uint64_t)(uint8_t)flags << 56;
}

/* ------------------------------------------------------------ address index
 * Maps an address to the live object containing it.  Objects are bucketed
 * by size class: class k holds objects of at most 2^(5+3k) bytes, keyed by
 * base >> (5+3k), so an object containing p starts in p's bucket or the one
 * before it (and a chain rarely holds more than a few objects).  Buckets
 * live in one hash table of chain heads; chains link records through
 * sc_obj.link.  Insert is O(1) and removal (sc_kill_rec) walks one short
 * chain — both happen on every malloc/free and stack registration — while
 * a lookup probes two buckets per class ever used (slow paths only).
 * Every chain is read and written under its bucket's stripe lock. */
#define SC_IDX_BITS 20
#define SC_NCLASS 15 /* up to 2^47 bytes */
static uint32_t *sc_idx;
static unsigned char sc_class_used[SC_NCLASS];

static uint32_t *sc_index_init(void)
{
    sc_idx = sc_map(sizeof(uint32_t) << SC_IDX_BITS);
    return sc_idx;
}

static inline unsigned sc_cls_shift(int k) { return 5u + 3u * (unsigned)k; }

static inline int sc_size_class(uint64_t size)
{
    int k = 0;
    while (k < SC_NCLASS - 1 && size > (1ull << sc_cls_shift(k)))
        k++;
    return k;
}

/* Neighbouring keys get neighbouring buckets (objects allocated together
 * share the cache lines of their chain heads); the high bits and the class
 * pick a pseudo-random offset. */
static inline size_t sc_bucket(int k, uintptr_t key)
{
    uint64_t high = ((uint64_t)(key >> SC_IDX_BITS) << 4 | (uint64_t)k) * 0x9E3779B97F4A7C15ull;
    return (size_t)((key + (high >> 32)) & ((1u << SC_IDX_BITS) - 1));
}

static inline size_t sc_obj_bucket(const sc_obj *o)
{
    int k = sc_size_class(o->size);
    return sc_bucket(k, o->base >> sc_cls_shift(k));
}

/* Caller holds the stripe of sc_obj_bucket(&sc_objs[i]). */
static inline void sc_idx_link(uint32_t i, size_t b)
{
    sc_objs[i].link = sc_idx[b];
    sc_idx[b] = i;
}

/* o's bucket, its size class marked used (lookups skip unused classes). */
static inline size_t sc_bucket_in_use(const sc_obj *o)
{
    int k = sc_size_class(o->size);
    if (__builtin_expect(!sc_class_used[k], 0))
        __atomic_store_n(&sc_class_used[k], 1, __ATOMIC_RELAXED);
    return sc_bucket(k, o->base >> sc_cls_shift(k));
}

static void sc_idx_insert(uint32_t i)
{
    sc_obj *o = &sc_objs[i];
    size_t b = sc_bucket_in_use(o);
    unsigned char *l = sc_stripe(b);
    sc_spin_lock(l);
    sc_objxs[i].indexed = 1;
    sc_idx_link(i, b);
    sc_spin_unlock(l);
}

/* 1 once a heap or stack object has entered the index (sc_idx_adopt):
 * until then a kill of one need not read its index state (a cache line
 * of sc_objxs per free, for nothing, in most programs). */
static int sc_idx_adopted;

/* A pending object enters the index, if it is still the live object of
 * that gen.  Against a concurrent kill (sc_kill_rec): this sets indexed and
 * then reads the life word, the kill swaps the life word and then reads
 * indexed (both sequentially consistent), so either this sees the kill and
 * backs out, or the kill sees indexed and unlinks the record under the
 * stripe lock held here.  base and size read before the lock belong to
 * that object: the gen did not change until after the recheck. */
static void sc_idx_adopt(uint32_t i, uint32_t gen)
{
    sc_obj *o = &sc_objs[i];
    if (!sc_w_is(__atomic_load_n(sc_lifew(o), __ATOMIC_ACQUIRE), gen))
        return; /* died before anyone looked it up */
    size_t b = sc_bucket_in_use(o);
    unsigned char *l = sc_stripe(b);
    sc_spin_lock(l);
    if (sc_objxs[i].indexed) { /* queued and found by sc_idx_enable's scan too */
        sc_spin_unlock(l);
        return;
    }
    if (!__atomic_load_n(&sc_idx_adopted, __ATOMIC_RELAXED))
        __atomic_store_n(&sc_idx_adopted, 1, __ATOMIC_SEQ_CST); /* before indexed */
    __atomic_store_n(&sc_objxs[i].indexed, 1, __ATOMIC_SEQ_CST);
    if (sc_w_is(__atomic_load_n(sc_lifew(o), __ATOMIC_SEQ_CST), gen))
        sc_idx_link(i, b);
    else
        __atomic_store_n(&sc_objxs[i].indexed, 0, __ATOMIC_RELAXED);
    sc_spin_unlock(l);
}

/* Consume ring t's entries [phead, upto).  Caller holds sc_flush_l. */
static void sc_pend_consume(sc_tcache *t, uint64_t upto)
{
    for (uint64_t h = t->phead; h != upto; h++) {
        sc_pend e = __atomic_load_n(&t->pend[h & (SC_PEND - 1)], __ATOMIC_RELAXED);
        if (e)
            sc_idx_adopt((uint32_t)e, (uint32_t)(e >> 32));
    }
    __atomic_store_n(&t->phead, upto, __ATOMIC_RELEASE); /* the owner may reuse the slots */
}

/* The first lookup by address: from now on every new object is queued,
 * and every live heap or stack object registered before (unqueued while
 * the process had one thread) enters the index.  An object another thread
 * registers meanwhile is queued as well (sc_reg queues while threads run)
 * and adopted twice at worst, which sc_idx_adopt ignores. */
static __attribute__((noinline, cold)) void sc_idx_enable(void)
{
    sc_spin_lock(&sc_flush_l);
    if (!__atomic_load_n(&sc_idx_all, __ATOMIC_RELAXED)) {
        __atomic_store_n(&sc_idx_all, 1, __ATOMIC_SEQ_CST);
        uint32_t n = __atomic_load_n(&sc_next, __ATOMIC_ACQUIRE);
        if (n > sc_nrec)
            n = sc_nrec;
        for (uint32_t i = 2; i < n; i++) {
            uint64_t w = __atomic_load_n(sc_lifew(&sc_objs[i]), __ATOMIC_ACQUIRE);
            int k = sc_w_kind(w);
            if (sc_w_live(w) && (k == SC_K_HEAP || k == SC_K_STACK))
                sc_idx_adopt(i, sc_w_gen(w));
        }
    }
    sc_spin_unlock(&sc_flush_l);
}

/* Before a lookup by address: every object registered so far (by any
 * thread, as far as this thread can know) enters the index. */
static void sc_idx_flush(void)
{
    if (__builtin_expect(!__atomic_load_n(&sc_idx_all, __ATOMIC_ACQUIRE), 0))
        sc_idx_enable();
    sc_tcache *t = __atomic_load_n(&sc_tc_all, __ATOMIC_ACQUIRE);
    while (t && __atomic_load_n(&t->ptail, __ATOMIC_ACQUIRE) ==
                    __atomic_load_n(&t->phead, __ATOMIC_RELAXED))
        t = t->next;
    if (!t)
        return; /* nothing pending: the common case of repeated lookups */
    sc_spin_lock(&sc_flush_l);
    for (t = __atomic_load_n(&sc_tc_all, __ATOMIC_ACQUIRE); t; t = t->next)
        sc_pend_consume(t, __atomic_load_n(&t->ptail, __ATOMIC_ACQUIRE));
    sc_spin_unlock(&sc_flush_l);
}

/* This thread's ring is full: squeeze out the entries of objects that
 * died; if more than half of it is still waiting, the older ones enter the
 * index (the newer objects are the likelier to die before a lookup).
 * Entries move, so the pend_pos of their records goes stale: sc_pend_drop
 * then finds another entry there and leaves it alone. */
static __attribute__((noinline)) void sc_pend_overflow(sc_tcache *t)
{
    sc_spin_lock(&sc_flush_l);
    uint64_t h = t->phead, n = t->ptail, k = h;
    for (uint64_t j = h; j != n; j++) {
        sc_pend e = t->pend[j & (SC_PEND - 1)];
        if (e)
            t->pend[k++ & (SC_PEND - 1)] = e;
    }
    __atomic_store_n(&t->ptail, k, __ATOMIC_RELEASE);
    if (k - h > SC_PEND / 2)
        sc_pend_consume(t, k - SC_PEND / 2);
    sc_spin_unlock(&sc_flush_l);
}

/* A new heap or stack object of this thread's cache t waits for a lookup. */
static inline void sc_pend_push(sc_tcache *t, uint32_t i, uint32_t gen)
{
    uint64_t tail = t->ptail;
    if (__builtin_expect(tail - __atomic_load_n(&t->phead, __ATOMIC_ACQUIRE) >= SC_PEND, 0)) {
        sc_pend_overflow(t);
        tail = t->ptail;
    }
    sc_objxs[i].pend_pos = (uint32_t)tail;
    __atomic_store_n(&t->pend[tail & (SC_PEND - 1)], (uint64_t)gen << 32 | i, __ATOMIC_RELAXED);
    __atomic_store_n(&t->ptail, tail + 1, __ATOMIC_RELEASE);
}

/* Record i (gen) died before it entered the index and will never enter it
 * (sc_idx_adopt rechecks the gen): if this thread queued it and its entry
 * still waits, clear the entry, so a full ring has room again without
 * reading records. */
static inline void sc_pend_drop(uint32_t i, uint32_t gen)
{
    sc_tcache *t = sc_tc;
    if (!t)
        return;
    uint64_t tail = t->ptail;
    uint64_t pos = tail - (uint32_t)((uint32_t)tail - sc_objxs[i].pend_pos);
    if (pos >= tail || pos < __atomic_load_n(&t->phead, __ATOMIC_RELAXED))
        return;
    sc_pend *e = &t->pend[pos & (SC_PEND - 1)];
    if (__atomic_load_n(e, __ATOMIC_RELAXED) == ((uint64_t)gen << 32 | i))
        __atomic_store_n(e, 0, __ATOMIC_RELAXED);
}

static inline bool sc_contains(const sc_obj *o, uintptr_t p)
{
    return p - o->base < o->size || (o->size == 0 && p == o->base);
}

/* SC_FIND_STATIC: only objects of static storage (and functions) are
 * wanted, which enter the index when they are registered: no flush. */
enum { SC_FIND_ANY = 0, SC_FIND_EXPOSED = 1, SC_FIND_END = 2, SC_FIND_STATIC = 4 };

/* A live object containing p (or, with SC_FIND_END, ending exactly at p):
 * its record index, and its whole capability and a copy of its record read
 * under the bucket's lock; 0 if none. */
static uint32_t sc_idx_find(uintptr_t p, int how, sc_cap *cap, sc_obj *copy)
{
    uintptr_t q = (how & SC_FIND_END) ? p - 1 : p;
    if (!(how & SC_FIND_STATIC))
        sc_idx_flush();
    for (int k = 0; k < SC_NCLASS; k++) {
        if (!__atomic_load_n(&sc_class_used[k], __ATOMIC_RELAXED))
            continue;
        uintptr_t key = q >> sc_cls_shift(k);
        for (int d = 0; d < 2 && (d == 0 || key > 0); d++) {
            size_t b = sc_bucket(k, key - (uintptr_t)d);
            /* most probes meet an empty bucket: no lock for those (an
             * object being inserted right now is not handed out yet) */
            if (!__atomic_load_n(&sc_idx[b], __ATOMIC_RELAXED))
                continue;
            unsigned char *l = sc_stripe(b);
            sc_spin_lock(l);
            for (uint32_t i = sc_idx[b]; i; i = sc_objs[i].link) {
                sc_obj *o = &sc_objs[i];
                /* a kill may be between its swap and its unlink */
                uint64_t w = __atomic_load_n(sc_lifew(o), __ATOMIC_ACQUIRE);
                if (!sc_w_live(w))
                    continue;
                if ((how & SC_FIND_EXPOSED) && !o->exposed)
                    continue;
                if ((how & SC_FIND_END) ? (o->size > 0 && o->base + o->size == p)
                                        : sc_contains(o, p)) {
                    if (cap) {
                        *cap = sc_whole_cap(i);
                        cap->gen = sc_w_gen(w);
                    }
                    if (copy) {
                        *copy = *o;
                        copy->gen = sc_w_gen(w);
                        copy->live = 1;
                    }
                    sc_spin_unlock(l);
                    return i;
                }
            }
            sc_spin_unlock(l);
        }
    }
    return 0;
}

/* A live object with exactly this base, size and kind (globals, literals,
 * functions registered by several translation units are one object).
 * Caller holds sc_lock (every such registration does) and bucket b's stripe. */
static uint32_t sc_idx_same(size_t b, uintptr_t base, uint64_t size, int kind)
{
    for (uint32_t i = sc_idx[b]; i; i = sc_objs[i].link) {
        const sc_obj *o = &sc_objs[i];
        if (o->live && o->base == base && o->size == size && o->kind == kind)
            return i;
    }
    return 0;
}

bool sc__lookup_obj(uintptr_t p, sc_cap *cap, sc_obj *copy)
{
    if (!__atomic_load_n(&sc_ready, __ATOMIC_ACQUIRE))
        return false;
    return sc_idx_find(p, SC_FIND_ANY, cap, copy) != 0;
}

/* ------------------------------------------------------------ record caches */

/* This thread's cache: a free one left by an ended thread, or a new one. */
static __attribute__((noinline)) sc_tcache *sc_tc_acquire(void)
{
    sc_ensure_init();
    pthread_mutex_lock(&sc_lock);
    sc_tcache *t = sc_tc_all;
    while (t && t->owned)
        t = t->next;
    if (!t) {
        t = sc_map(sizeof *t);
        if (!t)
            sc__fatal("out of memory for a record cache");
        t->next = sc_tc_all;
        __atomic_store_n(&sc_tc_all, t, __ATOMIC_RELEASE);
    }
    t->owned = 1;
    pthread_mutex_unlock(&sc_lock);
    sc__fault_thread(&t->altstack);
    sc_tc = t;
    pthread_setspecific(sc_tc_key, t); /* sc_tc_release at thread exit */
    return t;
}

static inline sc_tcache *sc_tc_get(void)
{
    sc_tcache *t = sc_tc;
    return __builtin_expect(t != NULL, 1) ? t : sc_tc_acquire();
}

/* Append cache t's dead records to the global list and empty its ring.
 * Caller holds sc_lock. */
static void sc_gd_append(sc_tcache *t)
{
    if (!t->dn)
        return;
    if (!sc_gd) {
        sc_gd = sc_map((size_t)sc_nrec * sizeof(uint32_t));
        if (!sc_gd)
            sc__fatal("cannot reserve the list of dead records");
    }
    /* takes consume the front: move the rest down once that is the larger
     * part, so the reservation is only touched up to twice the list */
    if (sc_gd_first > sc_gd_n || sc_gd_first + sc_gd_n + t->dn > sc_nrec) {
        memmove(sc_gd, sc_gd + sc_gd_first, (size_t)sc_gd_n * sizeof(uint32_t));
        sc_gd_first = 0;
    }
    uint32_t *to = sc_gd + sc_gd_first + sc_gd_n;
    uint32_t at = (uint32_t)(t->dhead & (SC_DQ - 1)), first = SC_DQ - at; /* to the wrap */
    if (first > t->dn)
        first = t->dn;
    memcpy(to, t->dq + at, (size_t)first * sizeof(uint32_t));
    memcpy(to + first, t->dq, (size_t)(t->dn - first) * sizeof(uint32_t));
    __atomic_store_n(&sc_gd_n, sc_gd_n + t->dn, __ATOMIC_RELAXED);
    t->dhead = t->dtail;
    t->dn = 0;
}

/* Thread exit: the dead records go to the global list, the cache to the
 * next thread (its never-used batch, graveyard and small-block slabs stay
 * with it; its freed small blocks go to the shared pool). */
static void sc_small_release(sc_tcache *t);

static void sc_tc_release(void *arg)
{
    sc_tcache *t = arg;
    sc_small_release(t);
    pthread_mutex_lock(&sc_lock);
    sc_gd_append(t);
    t->owned = 0;
    pthread_mutex_unlock(&sc_lock);
    if (sc_tc == t)
        sc_tc = NULL;
}

/* Take as much of the global dead list as t's ring has room for; its
 * records are older than ours, so they go first.  False if it was empty. */
static bool sc_gd_take(sc_tcache *t)
{
    pthread_mutex_lock(&sc_lock);
    uint32_t n = sc_gd_n;
    if (n > SC_DQ - 1 - t->dn)
        n = SC_DQ - 1 - t->dn;
    const uint32_t *from = sc_gd + sc_gd_first;
    uint64_t h = t->dhead - n; /* the ring is empty enough: no overlap */
    for (uint32_t k = 0; k < n; k++)
        t->dq[(h + k) & (SC_DQ - 1)] = from[k];
    t->dhead = h;
    t->dn += n;
    sc_gd_first += n;
    if (n == sc_gd_n)
        sc_gd_first = 0;
    __atomic_store_n(&sc_gd_n, sc_gd_n - n, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&sc_lock);
    return n != 0;
}

/* A thread that kills far more than it allocates (a consumer thread) hands
 * its dead records to the global list, all of them: they keep their order,
 * and whichever thread takes them back reuses a record only with
 * SC_REUSE_DELAY others queued behind it. */
static __attribute__((noinline)) void sc_tc_spill(sc_tcache *t)
{
    pthread_mutex_lock(&sc_lock);
    sc_gd_append(t);
    pthread_mutex_unlock(&sc_lock);
}

/* Cache t's graveyard, mapped at its first reuse of a record. */
static __attribute__((noinline, cold)) void sc_graves_map(sc_tcache *t)
{
    sc_grave *gv = sc_map((size_t)SC_GRAVES * sizeof(sc_grave));
    if (!gv)
        sc__fatal("cannot reserve the graveyard");
    __atomic_store_n(&t->graves, gv, __ATOMIC_RELEASE); /* reports read it */
}

/* Copy what a report needs about record i's dead object to the graveyard.
 * obj is written last (and cleared first), so a reader that finds obj and
 * gen unchanged after copying the entry has a consistent copy.  Inline:
 * every reuse of a record does this, and a call made the allocation fast
 * path keep its values on the stack around it. */
static __attribute__((always_inline)) inline void sc_bury(sc_tcache *t, uint32_t i)
{
    if (__builtin_expect(!t->graves, 0))
        sc_graves_map(t);
    sc_obj *o = &sc_objs[i];
    uint64_t n = t->ngraves;
    sc_grave *g = &t->graves[n & (SC_GRAVES - 1)];
    __atomic_store_n(&g->obj, 0, __ATOMIC_RELAXED);
    __atomic_thread_fence(__ATOMIC_RELEASE);
    /* gen, kind and flags from one load of the life word (it is not
     * changing: the record is dead and this thread reuses it) */
    uint64_t w = *sc_lifew(o);
    g->gen = (uint32_t)w - 1; /* the gen of its capabilities */
    g->base = o->base;
    g->skf = o->size | (w & (0xFFull << 32)) << 16 | (w & (0xFFull << 56));
    g->desc = o->desc;
    g->free_desc = o->link; /* dead: its free site */
    __atomic_store_n(&g->obj, i, __ATOMIC_RELEASE);
    __atomic_store_n(&t->ngraves, n + 1, __ATOMIC_RELEASE);
    /* the ring is far bigger than the caches: fetch a later entry's line
     * now, so that writing it does not stall */
    __builtin_prefetch(&t->graves[(n + 5) & (SC_GRAVES - 1)], 1);
}

static inline uint32_t sc_dead_pop(sc_tcache *t)
{
    uint32_t i = t->dq[t->dhead++ & (SC_DQ - 1)];
    t->dn--;
    /* a later reuse will write that record: fetch it while the program
     * works with this one */
    if (t->dn > SC_DQ_AHEAD)
        __builtin_prefetch(&sc_objs[t->dq[(t->dhead + SC_DQ_AHEAD) & (SC_DQ - 1)]], 1);
    sc_bury(t, i);
    return i;
}

/* A record for a new object: a dead one that has waited long enough, else
 * a never-used one, else dead ones given up by other threads. */
static uint32_t sc_rec_alloc(sc_tcache *t)
{
    for (;;) {
        if (t->dn > SC_REUSE_DELAY)
            return sc_dead_pop(t);
        if (t->fresh < t->fresh_end)
            return t->fresh++;
        if (__atomic_load_n(&sc_gd_n, __ATOMIC_RELAXED) && sc_gd_take(t))
            continue;
        uint32_t b = __atomic_fetch_add(&sc_next, SC_FRESH_BATCH, __ATOMIC_ACQ_REL);
        if (b < sc_nrec) {
            t->fresh = b;
            t->fresh_end = b + SC_FRESH_BATCH < sc_nrec ? b + SC_FRESH_BATCH : sc_nrec;
            continue;
        }
        __atomic_store_n(&sc_next, sc_nrec, __ATOMIC_RELEASE); /* undo the overshoot */
        if (t->dn)
            return sc_dead_pop(t);
        if (sc_gd_take(t))
            continue;
        sc__fatal("out of object records (too many live objects)");
    }
}

/* Queue a dead record for reuse by this thread. */
static inline void sc_dead_push(uint32_t i)
{
    sc_tcache *t = sc_tc_get();
    t->dq[t->dtail++ & (SC_DQ - 1)] = i;
    if (__builtin_expect(++t->dn > SC_DQ_SPILL, 0))
        sc_tc_spill(t);
}

/* Give back a record sc_rec_alloc returned but that was not used. */
static void sc_rec_unalloc(sc_tcache *t, uint32_t i)
{
    if (i + 1 == t->fresh)
        t->fresh--;
    else
        sc_dead_push(i);
}

/* Small heap blocks (below): is a in their heap, and record i's block freed. */
static inline bool sc_small_addr(uintptr_t a);
static void sc_small_free(uint32_t i);

/* Kill record c.obj if c is its live capability.  One compare-and-swap of
 * the life word bumps the gen (from here on every check through c fails)
 * and clears live: of two threads freeing the same block, exactly one wins.
 * Only a record that made it into the address index takes a stripe lock
 * (see sc_idx_adopt for the race with a flush).  w: o's life word, as the
 * caller loaded it. */
static inline bool sc_kill_word(sc_obj *o, sc_cap c, uint64_t w, const sc_site *site,
                                unsigned flags)
{
    sc_word *lw = sc_lifew(o);
    uint64_t nw;
    do {
        if (!sc_w_is(w, c.gen) || sc_w_kind(w) == SC_K_FUNC)
            return false; /* not live, or another thread killed it first */
        nw = sc_w_killed(w, c.gen, flags);
        if (SC_ONE_THREAD()) { /* no other killer, no concurrent flush */
            __atomic_store_n(lw, nw, __ATOMIC_RELAXED);
            break;
        }
    } while (!__atomic_compare_exchange_n(lw, &w, nw, false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_RELAXED));
    if ((uint32_t)w & SC_GEN_TRACK) /* its init map goes (safec_init.c) */
        sc__untrack(c.obj);
    /* A heap or stack object is in the index only if adopted (if this
     * reads 0, a concurrent adopt sees the kill and backs out: both sides
     * are sequentially consistent); others (extern memory) are inserted. */
    sc_objx *x = &sc_objxs[c.obj];
    bool maybe = sc_w_kind(w) > SC_K_STACK ||
                 (SC_ONE_THREAD() ? __atomic_load_n(&sc_idx_adopted, __ATOMIC_RELAXED)
                                  : __atomic_load_n(&sc_idx_adopted, __ATOMIC_SEQ_CST));
    if (maybe && (SC_ONE_THREAD() ? __atomic_load_n(&x->indexed, __ATOMIC_RELAXED)
                                  : __atomic_load_n(&x->indexed, __ATOMIC_SEQ_CST))) {
        /* base and size are ours until the record is queued for reuse */
        size_t b = sc_obj_bucket(o);
        unsigned char *l = sc_stripe(b);
        sc_spin_lock(l);
        if (x->indexed) {
            uint32_t *pp = &sc_idx[b];
            while (*pp && *pp != c.obj)
                pp = &sc_objs[*pp].link;
            if (*pp == c.obj)
                *pp = o->link;
            __atomic_store_n(&x->indexed, 0, __ATOMIC_RELAXED);
        }
        sc_spin_unlock(l);
    } else if (sc_queueing()) {
        sc_pend_drop(c.obj, c.gen);
    }
    /* out of every index chain now (a flush that adopts it sees it dead):
     * the link describes where it died */
    o->link = site ? sc_desc_of(sc_tc, NULL, site, 0) : 0;
    if (c.gen + 1 < SC_GEN_RETIRE) { /* else retired (with its block, if small) */
        if (sc_w_kind(w) == SC_K_HEAP && sc_small_addr(o->base))
            sc_small_free(c.obj);
        else
            sc_dead_push(c.obj);
    }
    return true;
}

/* The same for any record index c.obj. */
static bool sc_kill_rec(sc_cap c, const sc_site *site, unsigned flags)
{
    if (!sc__valid_index(c.obj))
        return false;
    sc_obj *o = &sc_objs[c.obj];
    return sc_kill_word(o, c, __atomic_load_n(sc_lifew(o), __ATOMIC_RELAXED), site, flags);
}

static void sc_stack_push(uint32_t obj, uint32_t gen, uintptr_t base);
static void sc_stack_forget(sc_cap c);

static inline void sc_rec_init(sc_obj *o, uintptr_t b, size_t size, int kind, uint32_t desc)
{
    o->base = b;
    o->size = size;
    /* gen, kind, live, exposed, flags in one store: a kill soon after
     * loads the whole word (a load of several smaller stores cannot be
     * forwarded, it waits for the store buffer to drain) */
    __atomic_store_n(sc_lifew(o), (uint64_t)o->gen | (uint64_t)(uint8_t)kind << 32 | SC_W_LIVE1,
                     __ATOMIC_RELAXED);
    o->desc = desc;
}

/* Cache entry e of thread cache t now holds the description of
 * (type_name, site). */
static __attribute__((noinline)) void sc_desc_remember(sc_tcache *t, sc_desccache *e,
                                                       const char *type_name,
                                                       const sc_site *site)
{
    *e = (sc_desccache){type_name, site, 0, sc_desc_of(t, type_name, site, 0)};
}

/* The description of (type_name, site) through the one-entry cache e:
 * most heap blocks in a row come from one site, and most locals
 * registered in a row are one local, which needs no hash. */
static inline uint32_t sc_desc_last(sc_tcache *t, sc_desccache *e, const char *type_name,
                                    const sc_site *site)
{
    if (__builtin_expect(e->site != site || e->type_name != type_name, 0))
        sc_desc_remember(t, e, type_name, site);
    return e->desc;
}

static inline uint32_t sc_heap_desc(sc_tcache *t, const char *type_name, const sc_site *site)
{
    return sc_desc_last(t, &t->last_alloc, type_name, site);
}

/* Globals, literals, argv, extern memory: registered at most once per
 * base, size and kind. */
static __attribute__((noinline)) sc_cap sc_reg_shared(uintptr_t b, size_t size, int kind,
                                                      const char *type_name,
                                                      const sc_site *site)
{
    sc_tcache *t = sc_tc_get();
    uint32_t fresh = sc_rec_alloc(t); /* before sc_lock: it may take the lock */
    pthread_mutex_lock(&sc_lock);
    int k = sc_size_class(size);
    size_t bk = sc_bucket(k, b >> sc_cls_shift(k));
    unsigned char *l = sc_stripe(bk);
    sc_spin_lock(l);
    uint32_t i = sc_idx_same(bk, b, size, kind);
    sc_spin_unlock(l);
    if (!i) {
        i = fresh;
        fresh = 0;
        sc_rec_init(&sc_objs[i], b, size, kind, sc_desc_of(t, type_name, site, 0));
        sc_idx_insert(i);
    }
    sc_cap c = sc_whole_cap(i);
    pthread_mutex_unlock(&sc_lock);
    if (fresh)
        sc_rec_unalloc(t, fresh);
    return c;
}

sc_cap sc_reg(void *base, size_t size, int kind, const char *type_name, const sc_site *site)
{
    uintptr_t b = (uintptr_t)base;
    bool uninit = kind & SC_REG_UNINIT;
    kind &= ~SC_REG_UNINIT;
    if (kind != SC_K_HEAP && kind != SC_K_STACK) {
        sc_ensure_init();
        return sc_reg_shared(b, size, kind, type_name, site);
    }
    sc_tcache *t = sc_tc_get(); /* initializes */
    uint32_t i = sc_rec_alloc(t);
    sc_rec_init(&sc_objs[i], b, size, kind,
                kind == SC_K_HEAP ? sc_heap_desc(t, type_name, site)
                                  : sc_desc_of(t, type_name, site, 0));
    sc_cap c = sc_whole_cap(i);
    if (sc_queueing())
        sc_pend_push(t, i, c.gen);
    if (kind == SC_K_STACK)
        sc_stack_push(c.obj, c.gen, b);
    if (uninit)
        sc__track(i);
    return c;
}

/* A local's record (sc_reg_local, safec_init.c): sc_reg's work for a
 * stack object, on a path of its own.  A local whose address escapes (a
 * buffer handed to a callee) is registered at every run of its scope, and
 * sc_reg's general path with sc__track and sc_reg_local's own updates took
 * about 255 instructions.  imap: its init state when it is tracked (the
 * frame's bits, see sc_ib), set before the gen says tracked. */
sc_cap sc__reg_local(void *base, size_t size, const char *type_name, const sc_site *site,
                     uint64_t imap)
{
    sc_tcache *t = sc_tc_get(); /* initializes */
    uint32_t i = sc_rec_alloc(t);
    sc_obj *o = &sc_objs[i];
    uintptr_t b = (uintptr_t)base;
    sc_rec_init(o, b, size, SC_K_STACK, sc_desc_last(t, &t->last_local, type_name, site));
    sc_cap c = {i, o->gen & ~SC_GEN_TRACK, 0, size > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)size};
    if (sc_queueing())
        sc_pend_push(t, i, c.gen);
    sc_stack_push(i, c.gen, b);
    if (imap && size && !sc_uninit_zero)
        sc__track_map(i, imap);
    return c;
}

/* ------------------------------------------------------------ small heap blocks
 * Heap blocks of up to SC__SMALL_MAX bytes do not come from libc's malloc.
 * They are carved from slabs of one size class each, and block j of a slab
 * keeps record r0 + j for good: when the block is freed, its record dies
 * with it (gen bump), and both are reused together, for a block of the
 * same class at the same address.  Why:
 *  - a malloc/free pair used to pay twice for its freed memory: libc's
 *    malloc/free (cache-cold, behind the quarantine) and the record cache's
 *    recycling (a dead record ring, then a record line that had long left
 *    the caches); now one queue holds both;
 *  - blocks and their records are handed out in the same order, so a
 *    structure built in allocation order has its records in that order too
 *    (the records of neighbouring nodes share pages and prefetch streams);
 *  - no 16-byte libc chunk header per block (a 16-byte tree node took 32).
 * A freed block goes onto a stack that allocation pops, most recently
 * freed first (cache-warm, as glibc's tcache).  There is no quarantine:
 * a stale pointer to a reused block fails by its generation, and its
 * report still names the freed object (the graveyard).  A delay line of
 * 16 KB per class cost binarytrees 22% more L1 misses and alloc 2.8 times
 * the last-level misses (cachegrind), for nothing a report needs.  Stacks
 * are per thread; a thread frees onto its own stack whoever allocated the
 * block, and passes what it will not reuse to a shared pool (below).  A
 * thread's queues (with its partly used slabs) pass to the next thread
 * when it ends.
 *
 * Slabs are not tied to their class for good: a program that frees many
 * blocks of one size and then allocates another would otherwise hold both
 * phases' memory.  When a class needs a new slab and the thread (with the
 * shared pool) holds much freed memory, a sweep counts freed blocks per
 * slab; a slab all of whose blocks are free is taken out of the queues
 * and kept for any class, and its records go to a pool that a reused slab
 * takes its records from (block j of such a slab keeps its record too,
 * just not r0 + j).  Its memory stays mapped: giving it back to the system
 * (MADV_DONTNEED) made a reuse fault its pages in again, 2.5 times the page
 * faults and 50% more time in a four-thread test that changes sizes.
 * Sweeps are rare by construction: one runs only when a slab is wanted and
 * the freed memory has doubled since the last one.  If the reservation
 * runs out, blocks come from libc.
 *
 * Regular C linked into the program may free or realloc such a block with
 * libc's functions: free, realloc, reallocarray and malloc_usable_size are
 * interposed (safec_libc.c) and forward everything else to glibc, so the
 * small-block heap exists only where that interposition does (glibc).
 *
 * Block sizes go up in steps of 8 bytes to SC_SMALL_FINE, then of 16 (as
 * tcmalloc's and mimalloc's classes do): a 24-byte tree node takes 24
 * bytes and three shadow entries, not 32 and four.  A block whose size is
 * not a multiple of 16 is only 8-byte aligned; no object type needs more
 * (a type aligned to 16 has a size that is a multiple of 16, and those
 * blocks are 16-byte aligned). */
#define SC_SMALL_HEAP SC__SMALL_HEAP
#define SC_SMALL_FINE 128u                   /* the last size of the 8-byte steps */
#define SC_SMALL_NFINE (SC_SMALL_FINE / 8u)  /* classes of 8-byte steps */
#define SC_SMALL_NCLASS (SC_SMALL_NFINE + (SC__SMALL_MAX - SC_SMALL_FINE) / 16u)
#define SC_SMALL_MINBLOCK 8u
#define SC_SLAB_BYTES ((size_t)64 << 10)
#define SC_SMALL_PREFETCH 4 /* reuses to prefetch ahead */

static uintptr_t sc_small_base;          /* the reservation, [base, + size) */
static size_t sc_small_size;
static uintptr_t sc_small_next;          /* first byte no slab has */

typedef struct sc_smallq {
    uintptr_t bump, end;    /* the class's current slab: unused blocks [bump, end) */
    bool used;              /* the slab was swept: its bytes are not zero */
    uint32_t rec;           /* the record of the block at bump, if nrecs == 0 */
    uint32_t nfree, cap;    /* freed blocks (records): stack[0, nfree) */
    uint32_t *stack;
    uint32_t nrecs;         /* a reused slab's records still to hand out: recs[0, nrecs) */
    uint32_t *recs;         /* (SC_SLAB_BYTES / SC_SMALL_MINBLOCK entries, mapped at first use) */
} sc_smallq;

typedef struct sc_smallqs {
    sc_smallq q[SC_SMALL_NCLASS];
    size_t swept;           /* freed bytes left by this thread's last sweep */
} sc_smallqs; /* a record cache's (sc_tcache.small) */
static uint32_t sc_small_keep[SC_SMALL_NCLASS]; /* blocks; set with the reservation */

/* Freed blocks shared between threads, per class, under sc_lock: what a
 * thread that frees more than it allocates (a consumer) gives up, and what
 * an ended thread leaves.  A thread whose class runs dry takes from here
 * before it carves a new slab, so a producer/consumer pair reuses the same
 * blocks rather than growing the heap for good. */
typedef struct sc_smallpool {
    uint32_t *v;
    uint32_t n, cap;
} sc_smallpool;
static sc_smallpool sc_small_pool[SC_SMALL_NCLASS];

/* Swept slabs (their addresses) and their records, for any class; under
 * sc_lock.  sc_small_nspare is read without it to skip the lock. */
static sc_smallpool sc_small_spare;     /* slab numbers (address - base) / SC_SLAB_BYTES */
static sc_smallpool sc_small_sparerecs; /* records of swept slabs' blocks */
#define SC_SMALL_SWEEP_MIN ((size_t)1 << 20) /* freed bytes worth a sweep */
#define SC_SMALL_KEEP_BYTES ((size_t)64 << 10) /* a thread's freed blocks, per class */
#define SC_SMALL_TAKE 256u                      /* blocks taken from the pool at once */

static inline bool sc_small_addr(uintptr_t a)
{
    return SC_SMALL_HEAP && a - sc_small_base < sc_small_size;
}

bool sc__small_block(const void *p) { return sc_small_addr((uintptr_t)p); }

/* Block size of class k, and the class of an n-byte block (n <= SC__SMALL_MAX). */
static inline size_t sc_small_bytes(unsigned k)
{
    return k < SC_SMALL_NFINE ? (size_t)(k + 1) * 8u
                              : SC_SMALL_FINE + (size_t)(k + 1 - SC_SMALL_NFINE) * 16u;
}
static inline unsigned sc_small_class(uint64_t n)
{
    if (n <= SC_SMALL_FINE)
        return n ? (unsigned)((n - 1) / 8u) : 0;
    return SC_SMALL_NFINE + (unsigned)((n - SC_SMALL_FINE - 1) / 16u);
}

/* Room for `more` entries in array *v of *cap (mapped, doubled). */
static void sc_small_room(uint32_t **v, uint32_t *cap, uint32_t n, uint32_t more)
{
    if (n + more <= *cap)
        return;
    uint32_t nc = *cap ? *cap : 4096;
    while (nc < n + more)
        nc *= 2;
    uint32_t *nv = sc_map((size_t)nc * sizeof(uint32_t));
    if (!nv)
        sc__fatal("out of memory for the small-block queues");
    if (*v) {
        memcpy(nv, *v, (size_t)n * sizeof(uint32_t));
        munmap(*v, (size_t)*cap * sizeof(uint32_t));
    }
    *v = nv;
    *cap = nc;
}

/* Move blocks from[0, n) of class k to the shared pool. */
static void sc_small_give(unsigned k, const uint32_t *from, uint32_t n)
{
    if (!n)
        return;
    sc_smallpool *p = &sc_small_pool[k];
    pthread_mutex_lock(&sc_lock);
    sc_small_room(&p->v, &p->cap, p->n, n);
    memcpy(p->v + p->n, from, (size_t)n * sizeof(uint32_t));
    __atomic_store_n(&p->n, p->n + n, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&sc_lock);
}

/* Refill q's (empty) stack from the shared pool; false if it was empty. */
static __attribute__((noinline)) bool sc_small_take(sc_smallq *q, unsigned k)
{
    sc_smallpool *p = &sc_small_pool[k];
    if (!__atomic_load_n(&p->n, __ATOMIC_RELAXED))
        return false;
    pthread_mutex_lock(&sc_lock);
    uint32_t n = p->n < SC_SMALL_TAKE ? p->n : SC_SMALL_TAKE;
    sc_small_room(&q->stack, &q->cap, q->nfree, n);
    memcpy(q->stack + q->nfree, p->v + p->n - n, (size_t)n * sizeof(uint32_t));
    q->nfree += n;
    __atomic_store_n(&p->n, p->n - n, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&sc_lock);
    return n != 0;
}

/* Thread exit (sc_tc_release): the thread's freed blocks go to the shared
 * pool; the queues stay with the record cache. */
static void sc_small_release(sc_tcache *t)
{
    sc_smallqs *qs = t->small;
    if (!qs)
        return;
    for (unsigned k = 0; k < SC_SMALL_NCLASS; k++) {
        sc_smallq *q = &qs->q[k];
        sc_small_give(k, q->stack, q->nfree);
        q->nfree = 0;
    }
}

static bool sc_small_none; /* no room could be reserved: blocks come from libc */

/* Reserve the small-block heap (once; as much as the address space
 * allows, a quarter of a limit on it), then give record cache t its
 * queues.  With none reserved (a tight ulimit -v) the queues stay empty
 * and no slab can be carved: every allocation falls back to libc, off
 * the fast path. */
static __attribute__((noinline)) sc_smallqs *sc_small_init(sc_tcache *t)
{
    pthread_mutex_lock(&sc_lock);
    if (!sc_small_base && !sc_small_none) {
        size_t budget = sc__as_budget(4);
        for (size_t n = (size_t)64 << 30; n >= ((size_t)4 << 20); n >>= 1) {
            if (n > budget && n > ((size_t)4 << 20))
                continue;
            void *r = sc_map(n);
            if (r) {
                sc_small_next = (uintptr_t)r;
                sc_small_size = n;
                __atomic_store_n(&sc_small_base, (uintptr_t)r, __ATOMIC_RELEASE);
                break;
            }
        }
        if (!sc_small_base)
            sc_small_none = true;
        for (unsigned k = 0; k < SC_SMALL_NCLASS; k++)
            sc_small_keep[k] = (uint32_t)(SC_SMALL_KEEP_BYTES / sc_small_bytes(k));
    }
    pthread_mutex_unlock(&sc_lock);
    sc_smallqs *qs = sc_map(sizeof *qs);
    if (!qs)
        sc__fatal("out of memory for the small-block queues");
    t->small = qs;
    return qs;
}

/* Record cache t's small-block queues. */
static inline sc_smallqs *sc_smallq_of(sc_tcache *t)
{
    return __builtin_expect(t->small != NULL, 1) ? t->small : sc_small_init(t);
}

/* Freed small-block bytes this thread holds, with the shared pool's. */
static size_t sc_small_freed(const sc_smallqs *qs)
{
    size_t n = 0;
    for (unsigned k = 0; k < SC_SMALL_NCLASS; k++)
        n += ((size_t)qs->q[k].nfree + __atomic_load_n(&sc_small_pool[k].n, __ATOMIC_RELAXED)) *
             sc_small_bytes(k);
    return n;
}

static inline uint32_t sc_slab_no(uintptr_t a)
{
    return (uint32_t)((a - sc_small_base) / SC_SLAB_BYTES);
}

#define SC_SWEPT UINT32_MAX /* sc_small_sweep's count of a slab it takes */

/* Remove from v[0, *n) the blocks of swept slabs (count SC_SWEPT), keeping
 * the others' order; their records become spare.  Under sc_lock. */
static void sc_small_drop(uint32_t *v, uint32_t *n, const uint32_t *cnt)
{
    sc_smallpool *sr = &sc_small_sparerecs;
    uint32_t w = 0;
    for (uint32_t r = 0; r < *n; r++) {
        uint32_t i = v[r];
        if (cnt[sc_slab_no(sc_objs[i].base)] == SC_SWEPT) {
            sc_small_room(&sr->v, &sr->cap, sr->n, 1);
            sr->v[sr->n++] = i;
        } else {
            v[w++] = i;
        }
    }
    __atomic_store_n(n, w, __ATOMIC_RELAXED);
}

/* Count this thread's and the pool's freed blocks per slab; take every
 * slab whose blocks are all there out of the queues and make it spare
 * (its memory stays mapped; see the section comment).  (A slab with a block live, uncarved,
 * or freed onto another thread's stack stays.)  Under sc_lock, which
 * guards the pool and the spares; this thread's stacks are its own. */
static __attribute__((noinline)) void sc_small_sweep(sc_smallqs *qs)
{
    pthread_mutex_lock(&sc_lock);
    uintptr_t top = __atomic_load_n(&sc_small_next, __ATOMIC_ACQUIRE);
    uint32_t ns = sc_slab_no(top);
    uint32_t *cnt = ns ? sc_map((size_t)ns * sizeof(uint32_t)) : NULL;
    if (!cnt) {
        pthread_mutex_unlock(&sc_lock);
        return;
    }
    uint32_t swept = 0;
    for (unsigned k = 0; k < SC_SMALL_NCLASS; k++) {
        uint32_t nb = (uint32_t)(SC_SLAB_BYTES / sc_small_bytes(k));
        const uint32_t *v[2] = {qs->q[k].stack, sc_small_pool[k].v};
        uint32_t n[2] = {qs->q[k].nfree, sc_small_pool[k].n};
        for (int h = 0; h < 2; h++)
            for (uint32_t r = 0; r < n[h]; r++) {
                uint32_t s = sc_slab_no(sc_objs[v[h][r]].base);
                if (++cnt[s] == nb) { /* each block is in one stack once */
                    cnt[s] = SC_SWEPT;
                    sc_small_room(&sc_small_spare.v, &sc_small_spare.cap,
                                  sc_small_spare.n + swept, 1);
                    sc_small_spare.v[sc_small_spare.n + swept++] = s;
                }
            }
    }
    if (swept) {
        for (unsigned k = 0; k < SC_SMALL_NCLASS; k++) {
            sc_small_drop(qs->q[k].stack, &qs->q[k].nfree, cnt);
            sc_small_drop(sc_small_pool[k].v, &sc_small_pool[k].n, cnt);
        }
        __atomic_store_n(&sc_small_spare.n, sc_small_spare.n + swept, __ATOMIC_RELAXED);
    }
    munmap(cnt, (size_t)ns * sizeof(uint32_t));
    pthread_mutex_unlock(&sc_lock);
}

static int sc_rec_desc(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* A slab for class k: a spare one (after a sweep, if one is due), else new
 * memory; one record per block, spare ones first.  False if the
 * reservation is used up. */
static __attribute__((noinline)) bool sc_small_slab(sc_smallqs *qs, sc_smallq *q, unsigned k)
{
    size_t sz = sc_small_bytes(k);
    uint32_t nb = (uint32_t)(SC_SLAB_BYTES / sz);
    if (!__atomic_load_n(&sc_small_spare.n, __ATOMIC_RELAXED)) {
        size_t f = sc_small_freed(qs);
        if (f >= SC_SMALL_SWEEP_MIN && f >= 2 * qs->swept) {
            sc_small_sweep(qs);
            qs->swept = sc_small_freed(qs);
        }
    }
    uintptr_t m = 0;
    uint32_t have = 0;
    bool spare = false;
    if (__atomic_load_n(&sc_small_spare.n, __ATOMIC_RELAXED)) {
        pthread_mutex_lock(&sc_lock);
        sc_smallpool *sr = &sc_small_sparerecs;
        if (sc_small_spare.n) {
            if (!q->recs && !(q->recs = sc_map((SC_SLAB_BYTES / SC_SMALL_MINBLOCK) *
                                               sizeof(uint32_t))))
                sc__fatal("out of memory for the small-block queues");
            __atomic_store_n(&sc_small_spare.n, sc_small_spare.n - 1, __ATOMIC_RELAXED);
            m = sc_small_base + (uintptr_t)sc_small_spare.v[sc_small_spare.n] * SC_SLAB_BYTES;
            spare = true;
            have = sr->n < nb ? sr->n : nb;
            sr->n -= have;
            memcpy(q->recs, sr->v + sr->n, (size_t)have * sizeof(uint32_t));
        }
        pthread_mutex_unlock(&sc_lock);
        /* lowest record first: blocks handed out in address order get
         * their records in index order too */
        qsort(q->recs, have, sizeof(uint32_t), sc_rec_desc);
    }
    if (!m) {
        m = __atomic_load_n(&sc_small_next, __ATOMIC_ACQUIRE);
        do {
            if (m + SC_SLAB_BYTES > sc_small_base + sc_small_size)
                return false;
        } while (!__atomic_compare_exchange_n(&sc_small_next, &m, m + SC_SLAB_BYTES, false,
                                              __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE));
    }
    uint32_t r = 0;
    if (have < nb) {
        r = __atomic_fetch_add(&sc_next, nb - have, __ATOMIC_ACQ_REL);
        if (r >= sc_nrec || nb - have > sc_nrec - r)
            sc__fatal("out of object records (too many live objects)");
    }
    q->bump = m;
    q->end = m + nb * sz;
    q->rec = r;
    q->nrecs = have;
    q->used = spare;
    return true;
}

/* The block of class k that allocation hands out when the class's stack
 * of freed blocks is empty: a freed block the shared pool gives back, else
 * the next of the class's slab (a new slab if that is used up).  Its
 * record i (*out, the block's address; 0 if the small-block heap is full);
 * *fresh: never used (its bytes are zero).  The pool's block is popped
 * here, not by the caller's pop: a call in that condition made gcc save
 * registers on the usual path (binarytrees +1% instructions). */
static __attribute__((noinline)) uint32_t sc_small_carve(sc_tcache *t, sc_smallqs *qs,
                                                         unsigned k, uintptr_t *out,
                                                         bool *fresh)
{
    sc_smallq *q = &qs->q[k];
    uint32_t i;
    if (q->bump >= q->end && sc_small_take(q, k)) {
        i = q->stack[--q->nfree];
        sc_bury(t, i);
        *out = sc_objs[i].base;
        *fresh = false;
        return i;
    }
    if (q->bump >= q->end && !sc_small_slab(qs, q, k)) {
        *out = 0;
        return 0;
    }
    if (q->nrecs) { /* a spare record: its last object goes to the graveyard */
        i = q->recs[--q->nrecs];
        if (q->nrecs > SC_SMALL_PREFETCH)
            __builtin_prefetch(&sc_objs[q->recs[q->nrecs - SC_SMALL_PREFETCH]], 1);
        sc_bury(t, i);
    } else {
        i = q->rec++;
    }
    *out = q->bump;
    q->bump += sc_small_bytes(k);
    *fresh = !q->used;
    return i;
}

/* An n-byte heap block (n <= SC__SMALL_MAX) with a live record; *fresh:
 * never used before (its bytes are zero).  *out = NULL if the small-block
 * heap is full (the caller asks libc).  The usual case, a block from the
 * class's stack of freed blocks, is straight-line code here. */
static __attribute__((always_inline)) inline sc_cap
sc_small_alloc_in(size_t n, bool uninit, const char *type_name, const sc_site *site, void **out,
                  bool *fresh)
{
    unsigned k = sc_small_class(n);
    sc_tcache *t = sc_tc_get();
    sc_smallqs *qs = sc_smallq_of(t);
    sc_smallq *q = &qs->q[k];
    uint32_t i;
    uintptr_t b;
    if (__builtin_expect(q->nfree != 0, 1)) {
        uint32_t m = --q->nfree;
        i = q->stack[m];
        if (m > SC_SMALL_PREFETCH)
            __builtin_prefetch(&sc_objs[q->stack[m - SC_SMALL_PREFETCH]], 1);
        sc_bury(t, i); /* reports about the block's last object */
        b = sc_objs[i].base;
        *fresh = false;
    } else {
        i = sc_small_carve(t, qs, k, &b, fresh);
        if (!b) {
            *out = NULL;
            return SC_NOCAP;
        }
    }
    /* the record once, through one pointer (the stores above could alias
     * sc_objs for gcc, which then reloaded it for each use) */
    sc_obj *o = &sc_objs[i];
    uint32_t gen = o->gen;
    sc_rec_init(o, b, n, SC_K_HEAP, sc_heap_desc(t, type_name, site));
    sc_cap c = {i, gen & ~SC_GEN_TRACK, 0, (uint32_t)n}; /* as sc_whole_cap: n <= SC__SMALL_MAX */
    if (sc_queueing())
        sc_pend_push(t, i, c.gen);
    if (uninit)
        sc__track(i);
    *out = (void *)b;
    return c;
}

/* A new n-byte block from the small-block heap, its bytes 0 if zero, else
 * unwritten (tracked) if uninit, into *out and *c; false, with nothing
 * done, if it does not fit or the heap is full. */
static __attribute__((always_inline)) inline bool
sc_small_new(size_t n, bool zero, bool uninit, const char *type_name, const sc_site *site,
             void **out, sc_capw *c)
{
    if (!SC__SMALL_HEAP || n > SC__SMALL_MAX)
        return false;
    void *p;
    bool fresh;
    sc_cap cap = sc_small_alloc_in(n, uninit && !zero, type_name, site, &p, &fresh);
    if (!p)
        return false;
    if (zero && !fresh)
        memset(p, 0, n);
    *out = p;
    *c = sc_capw_of(cap);
    return true;
}

sc_capw sc__small_new_r(size_t n, bool zero, bool uninit, const char *type_name,
                        const sc_site *site, void **out)
{
    sc_capw c;
    if (sc_small_new(n, zero, uninit, type_name, site, out, &c))
        return c;
    *out = NULL;
    return sc_capw_of(SC_NOCAP);
}

/* Record i's block was freed (its record killed): onto this thread's
 * stack of its class. */
static void sc_small_free(uint32_t i)
{
    unsigned k = sc_small_class(sc_objs[i].size);
    sc_smallq *q = &sc_smallq_of(sc_tc_get())->q[k];
    if (q->nfree == q->cap)
        sc_small_room(&q->stack, &q->cap, q->nfree, 1);
    q->stack[q->nfree++] = i;
    /* A process with threads: more than this thread is likely to reuse
     * soon goes to the pool, the oldest half (the stack's bottom). */
    if (__builtin_expect(q->nfree > sc_small_keep[k], 0) && !SC_ONE_THREAD()) {
        uint32_t half = q->nfree / 2;
        sc_small_give(k, q->stack, half);
        memmove(q->stack, q->stack + half, (size_t)(q->nfree - half) * sizeof(uint32_t));
        q->nfree -= half;
    }
}

/* free's usual case in a process of one thread: a small block whose
 * record is in no address index and not initialization-tracked goes back
 * onto this thread's stack of its class.  That is sc_kill_word's work
 * without its atomics, its index and its calls (binarytrees' free took
 * about 250 instructions, glibc's 85).  False, with nothing done, when
 * any of that does not hold. */
static inline bool sc_small_quick_ok(const sc_tcache *t, const sc_obj *o, sc_cap c, uint64_t w)
{
    return SC_ONE_THREAD() && t && t->small && !((uint32_t)w & SC_GEN_TRACK) &&
           c.gen + 1 < SC_GEN_RETIRE && sc_small_addr(o->base) &&
           !__atomic_load_n(&sc_idx_adopted, __ATOMIC_RELAXED) &&
           !__atomic_load_n(&sc_idx_all, __ATOMIC_RELAXED);
}

/* Kill o (capability c, life word w) as a free at site does, on the
 * quick path's conditions: its capabilities fail from here on, and its
 * record says where it died. */
static inline void sc_small_kill_quick(sc_tcache *t, sc_obj *o, sc_cap c, uint64_t w,
                                       const sc_site *site)
{
    __atomic_store_n(sc_lifew(o), sc_w_killed(w, c.gen, 0), __ATOMIC_RELAXED);
    sc_desccache *e = &t->last_free; /* where it died (as in sc_heap_desc) */
    if (__builtin_expect(e->site != site, 0))
        sc_desc_remember(t, e, NULL, site);
    o->link = e->desc;
}

static inline bool sc_small_free_quick(sc_obj *o, sc_cap c, uint64_t w, const sc_site *site,
                                       size_t n)
{
    sc_tcache *t = sc_tc;
    if (!sc_small_quick_ok(t, o, c, w))
        return false;
    sc_smallq *q = &t->small->q[sc_small_class(n)];
    if (__builtin_expect(q->nfree == q->cap, 0))
        return false;
    sc_small_kill_quick(t, o, c, w, site);
    q->stack[q->nfree++] = c.obj;
    return true;
}

static inline void sc_clear_shadow_of(uintptr_t p, size_t n);

/* sc_free_own_in past its quick case (a call of its own, so that the quick
 * case saves no registers). */
static __attribute__((noinline)) int sc_free_own_kill(sc_obj *o, sc_cap c, uint64_t w,
                                                      const sc_site *site, size_t n)
{
    uintptr_t p = o->base;
    if (!sc_kill_word(o, c, w, site, 0))
        return 0;
    sc_clear_shadow_of(p, n);
    return sc_small_addr(p) ? SC_FREED_SMALL : SC_FREED;
}

/* free(p) with p's own capability c, the usual case: if c names the live
 * heap block p is the base of, end it (its capabilities die, its pointer
 * slots' shadow is cleared), set *size to its size, reading its record
 * once, and return SC_FREED_SMALL if the small-block heap took the block
 * back, else SC_FREED (the caller quarantines it).  0 for anything else,
 * which free's full path checks and reports (a concurrent free of the
 * same block that won the kill included). */
static __attribute__((always_inline)) inline int sc_free_own_in(void *p, sc_cap c,
                                                                 const sc_site *site,
                                                                 size_t *size)
{
    if (!sc__valid_index(c.obj))
        return 0;
    sc_obj *o = &sc_objs[c.obj];
    uint64_t w = __atomic_load_n(sc_lifew(o), __ATOMIC_RELAXED);
    if (!sc_w_is(w, c.gen) || sc_w_kind(w) != SC_K_HEAP || o->base != (uintptr_t)p)
        return 0;
    size_t n = o->size; /* before the kill: the record may be reused after it */
    *size = n;
    if (__builtin_expect(sc_small_free_quick(o, c, w, site, n), 1)) {
        sc_clear_shadow_of((uintptr_t)p, n);
        return SC_FREED_SMALL;
    }
    return sc_free_own_kill(o, c, w, site, n);
}

/* The program's malloc and free, their usual case (a small block) with no
 * call between the program and the block's record.  As wrappers in
 * safec_libc.c around the small-block allocation and free's quick case,
 * they were a call layer of their own: 59 instructions a node in binarytrees (8%).  The
 * rest is safec_libc.c's (sc__heap_new_r, sc__free_rest). */
static __attribute__((always_inline)) inline sc_capw
sc_malloc_small(size_t n, bool zero, bool uninit, const char *type_name, const sc_site *site,
                void **out)
{
    sc_capw c;
    if (sc_small_new(n, zero, uninit, type_name, site, out, &c))
        return c;
    return sc__heap_new_r(n, zero, uninit, type_name, site, out);
}

sc_capw sc_w_malloc_r(size_t n, const char *type_name, const sc_site *site, void **out)
{
    return sc_malloc_small(n, sc_uninit_zero, true, type_name, site, out);
}

sc_capw sc_w_malloc_whole_r(size_t n, const char *type_name, const sc_site *site, void **out)
{
    return sc_malloc_small(n, false, false, type_name, site, out);
}

sc_capw sc_w_calloc_r(size_t k, size_t n, const char *type_name, const sc_site *site, void **out)
{
    size_t t;
    if (__builtin_mul_overflow(k, n, &t)) {
        errno = ENOMEM;
        *out = NULL;
        return sc_capw_of(SC_NOCAP);
    }
    return sc_malloc_small(t, true, false, type_name, site, out);
}

void sc_w_free_r(void *p, sc_capw cw, const sc_site *site)
{
    if (!p)
        return;
    size_t n = 0;
    sc_cap c = sc_cap_of(cw);
    int done = sc_free_own_in(p, c, site, &n);
    if (__builtin_expect(done != SC_FREED_SMALL, 0)) /* else back in the small-block heap */
        sc__free_rest(p, c, site, done, n);
}

/* realloc(p, n) of a small block, in place: when n is of the block's own
 * size class, the block stays where it is and only its record changes.
 * The old object dies as free's quick case kills it (every capability of
 * it fails by its generation, and the graveyard names it, freed by this
 * realloc), then the record comes alive again, one generation on, as the
 * new n-byte object at the same address.  So a stale pointer is caught as
 * after a move, but nothing is copied: moving cost a new block, a copy of
 * the bytes, of their shadow and their init state, and a free (about 790
 * instructions a call in bench/alloc's string appends).  Only a wholly
 * written object: its init state is then the prefix [0, old size).
 * SC_NOCAP, with nothing done, when any of that does not hold. */
sc_cap sc__small_resize(void *p, sc_cap c, size_t n, const sc_site *site)
{
    if (!sc__valid_index(c.obj) || n == 0 || n > SC__SMALL_MAX)
        return SC_NOCAP;
    sc_obj *o = &sc_objs[c.obj];
    uint64_t w = __atomic_load_n(sc_lifew(o), __ATOMIC_RELAXED);
    sc_tcache *t = sc_tc;
    size_t old = o->size;
    uintptr_t b = (uintptr_t)p;
    if (!sc_w_is(w, c.gen) || sc_w_kind(w) != SC_K_HEAP || o->base != b ||
        old > SC__SMALL_MAX || sc_small_class(old) != sc_small_class(n) ||
        !sc_small_quick_ok(t, o, c, w))
        return SC_NOCAP;
    sc_small_kill_quick(t, o, c, w, site);
    sc_bury(t, c.obj); /* the old object, for reports about its pointers */
    /* the slots past a shrunk end lose their pointers, as a free clears
     * them (the bytes past an object's end never have any: a regrowth
     * then starts clean) */
    if (n < old)
        sc_clear_shadow_of(b + (n & ~(size_t)7), old - (n & ~(size_t)7));
    sc_rec_init(o, b, n, SC_K_HEAP, sc_heap_desc(t, NULL, site));
    sc_cap r = {c.obj, o->gen & ~SC_GEN_TRACK, 0, (uint32_t)n};
    if (n > old) { /* the new bytes: unwritten (or zero) */
        if (sc_uninit_zero)
            memset((char *)p + old, 0, n - old);
        else
            sc__track_prefix(c.obj, old);
    }
    return r;
}

bool sc__kill(sc_cap c, const sc_site *site)
{
    if (c.obj < 2)
        return false;
    if (sc__valid_index(c.obj) && sc_objs[c.obj].kind == SC_K_STACK)
        sc_stack_forget(c);
    return sc_kill_rec(c, site, 0);
}

void sc_kill(sc_cap c, const sc_site *site) { (void)sc__kill(c, site); }

/* The end of local c's scope, in a process of one thread whose address
 * index is not in use: sc_kill_word's work without its atomics, its index
 * and its generality (as sc_small_free_quick for heap blocks).  False,
 * with nothing done, when that does not hold. */
static inline bool sc_local_kill_quick(sc_cap c, unsigned flags)
{
    if (!sc__valid_index(c.obj))
        return false;
    sc_obj *o = &sc_objs[c.obj];
    uint64_t w = __atomic_load_n(sc_lifew(o), __ATOMIC_RELAXED);
    if (!SC_ONE_THREAD() || !sc_w_is(w, c.gen) || sc_w_kind(w) != SC_K_STACK ||
        c.gen + 1 >= SC_GEN_RETIRE || __atomic_load_n(&sc_idx_adopted, __ATOMIC_RELAXED) ||
        __atomic_load_n(&sc_idx_all, __ATOMIC_RELAXED))
        return false;
    __atomic_store_n(sc_lifew(o), sc_w_killed(w, c.gen, flags), __ATOMIC_RELAXED);
    if ((uint32_t)w & SC_GEN_TRACK)
        sc__untrack(c.obj);
    o->link = 0; /* no site: it died at the end of its scope */
    sc_dead_push(c.obj);
    return true;
}

void sc_scope_end(sc_cap *c)
{
    if (c->obj < 2)
        return;
    sc_stack_forget(*c);
    if (!sc_local_kill_quick(*c, 0))
        sc_kill_rec(*c, NULL, 0);
}

void sc_kill_return(sc_cap *c)
{
    if (c->obj < 2)
        return;
    sc_stack_forget(*c);
    if (!sc_local_kill_quick(*c, SC_F_RETURNED))
        sc_kill_rec(*c, NULL, SC_F_RETURNED);
}

/* Copy record i, retrying until two reads agree (another thread may be
 * reusing it). */
static void sc_read_rec(uint32_t i, sc_obj *out)
{
    sc_obj again;
    const volatile sc_obj *o = &sc_objs[i];
    for (int tries = 0; tries < 100; tries++) {
        memcpy(out, (const void *)o, sizeof *out);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        memcpy(&again, (const void *)o, sizeof again);
        if (memcmp(out, &again, sizeof again) == 0)
            return;
    }
}

/* c's object in one cache's graveyard.  (obj, gen) pairs are unique (gens
 * never wrap), so the search order does not matter. */
static bool sc_grave_find(const sc_tcache *t, sc_cap c, sc_obj *out)
{
    const sc_grave *gv = __atomic_load_n(&t->graves, __ATOMIC_ACQUIRE);
    if (!gv)
        return false;
    uint64_t n = __atomic_load_n(&t->ngraves, __ATOMIC_ACQUIRE);
    if (n > SC_GRAVES)
        n = SC_GRAVES;
    for (uint64_t k = 0; k < n; k++) {
        const sc_grave *g = &gv[k];
        if (__atomic_load_n(&g->obj, __ATOMIC_ACQUIRE) != c.obj || g->gen != c.gen)
            continue;
        sc_obj o = {.base = g->base, .size = SC_GRAVE_SIZE(g), .gen = c.gen,
                    .kind = SC_GRAVE_KIND(g), .flags = SC_GRAVE_FLAGS(g), .desc = g->desc,
                    .link = g->free_desc};
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        if (__atomic_load_n(&g->obj, __ATOMIC_RELAXED) == c.obj && g->gen == c.gen) {
            *out = o;
            return true;
        }
    }
    return false;
}

enum sc_found sc__describe(sc_cap c, sc_obj *out)
{
    if (!sc__valid_index(c.obj))
        return SC_FOUND_NONE;
    sc_obj o;
    sc_read_rec(c.obj, &o);
    if ((o.gen & ~SC_GEN_TRACK) == c.gen && o.live) {
        *out = o;
        return SC_FOUND_LIVE;
    }
    if (!o.live && o.gen == c.gen + 1) {
        *out = o; /* dead and not reused yet */
        out->gen = c.gen;
        return SC_FOUND_DEAD;
    }
    for (const sc_tcache *t = __atomic_load_n(&sc_tc_all, __ATOMIC_ACQUIRE); t; t = t->next)
        if (sc_grave_find(t, c, out))
            return SC_FOUND_DEAD;
    return SC_FOUND_NONE;
}

/* ------------------------------------------------------------ functions */

sc_cap sc_reg_func(void *fn, uint32_t type_id, const char *name)
{
    sc_ensure_init();
    sc_tcache *t = sc_tc_get();
    uint32_t fresh = sc_rec_alloc(t); /* before sc_lock: it may take the lock */
    pthread_mutex_lock(&sc_lock);
    size_t bk = sc_bucket(0, (uintptr_t)fn >> sc_cls_shift(0));
    unsigned char *l = sc_stripe(bk);
    sc_spin_lock(l);
    uint32_t i = sc_idx_same(bk, (uintptr_t)fn, 1, SC_K_FUNC);
    sc_spin_unlock(l);
    if (i) {
        sc_obj *o = &sc_objs[i];
        const sc_desc *d = &sc_descs[o->desc];
        if (!d->type_id || !d->type_name) /* first registered with sc_func_ptr */
            o->desc = sc_desc_of(t, d->type_name ? d->type_name : name, NULL,
                                 d->type_id ? d->type_id : type_id);
    } else {
        i = fresh;
        fresh = 0;
        sc_obj *o = &sc_objs[i];
        *o = (sc_obj){.base = (uintptr_t)fn, .size = 1, .gen = o->gen, .kind = SC_K_FUNC,
                      .live = 1, .desc = sc_desc_of(t, name, NULL, type_id)};
        sc_idx_insert(i);
    }
    sc_cap c = sc_whole_cap(i);
    pthread_mutex_unlock(&sc_lock);
    if (fresh)
        sc_rec_unalloc(t, fresh);
    return c;
}

sc_fat sc_func_ptr(void *fn)
{
    sc_fat f = {fn, SC_NOCAP};
    if (fn)
        f.c = sc_reg_func(fn, 0, NULL);
    return f;
}

/* ------------------------------------------------------------ lookups */

sc_cap sc_lookup_cap(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a < 4096)
        return SC_NOCAP;
    sc_cap c;
    if (sc__lookup_obj(a, &c, NULL))
        return c;
    return SC_WILD_CAP;
}

/* The capability of a pointer in a static initializer: it can only point
 * into an object of static storage or a function (C11 6.6p9), so the heap
 * and stack objects waiting for the index need not enter it (the first
 * lookup of a program would otherwise be the table of string pointers its
 * constructor re-derives, and every later object would be queued). */
sc_cap sc_lookup_static_cap(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    sc_cap c;
    if (a < 4096)
        return SC_NOCAP;
    if (__atomic_load_n(&sc_ready, __ATOMIC_ACQUIRE) && sc_idx_find(a, SC_FIND_STATIC, &c, NULL))
        return c;
    return SC_WILD_CAP;
}

uintptr_t sc_expose(sc_fat f)
{
    if (sc__valid_index(f.c.obj)) {
        sc_obj *o = &sc_objs[f.c.obj];
        if ((o->gen & ~SC_GEN_TRACK) == f.c.gen && o->live && !o->exposed)
            __atomic_store_n(&o->exposed, 1, __ATOMIC_RELAXED);
    }
    return (uintptr_t)f.p;
}

sc_fat sc_from_int(uintptr_t a)
{
    sc_fat f = {(void *)a, SC_NOCAP};
    if (a < 4096 || !__atomic_load_n(&sc_ready, __ATOMIC_ACQUIRE))
        return f;
    if (!sc_idx_find(a, SC_FIND_EXPOSED, &f.c, NULL)) /* one past the end keeps the provenance */
        sc_idx_find(a, SC_FIND_EXPOSED | SC_FIND_END, &f.c, NULL);
    return f;
}


/* ------------------------------------------------------------ stack objects
 * Each thread keeps its live stack objects in registration order, so that
 * longjmp can end the objects of the frames it skips and a thread that
 * exits ends the objects of the frames it abandons. */
typedef struct sc_stk {
    uint32_t obj, gen;
    uintptr_t base;
} sc_stk;
static __thread sc_stk *sc_stk_v;
static __thread size_t sc_stk_n, sc_stk_cap;
static pthread_key_t sc_stk_key;

/* setjmp marks: the jmp_buf and the stack pointer of the frame that called
 * setjmp, outermost frame first.  Setting a mark drops the marks deeper
 * than its frame: those frames have returned. */
typedef struct sc_jmark {
    const void *jb;
    uintptr_t sp;
} sc_jmark;
static __thread sc_jmark *sc_jm_v;
static __thread size_t sc_jm_n, sc_jm_cap;

static void sc_stack_thread_exit(void *unused)
{
    (void)unused;
    for (size_t i = sc_stk_n; i-- > 0;)
        sc_kill_rec((sc_cap){sc_stk_v[i].obj, sc_stk_v[i].gen, 0, 0}, NULL, SC_F_RETURNED);
    free(sc_stk_v);
    free(sc_jm_v);
    sc_stk_v = NULL;
    sc_jm_v = NULL;
    sc_stk_n = sc_stk_cap = sc_jm_n = sc_jm_cap = 0;
}

static void sc_stack_init(void) { pthread_key_create(&sc_stk_key, sc_stack_thread_exit); }

static void sc_stack_push(uint32_t obj, uint32_t gen, uintptr_t base)
{
    if (sc_stk_n == sc_stk_cap) {
        size_t cap = sc_stk_cap ? sc_stk_cap * 2 : 256;
        sc_stk *v = realloc(sc_stk_v, cap * sizeof *v);
        if (!v)
            sc__fatal("out of memory for stack object records");
        if (!sc_stk_v)
            pthread_setspecific(sc_stk_key, (void *)1); /* run the exit hook */
        sc_stk_v = v;
        sc_stk_cap = cap;
    }
    sc_stk_v[sc_stk_n++] = (sc_stk){obj, gen, base};
}

/* Usually the newest entry: scopes end in reverse order. */
static void sc_stack_forget(sc_cap c)
{
    for (size_t i = sc_stk_n; i-- > 0;) {
        if (sc_stk_v[i].obj == c.obj && sc_stk_v[i].gen == c.gen) {
            if (i + 1 < sc_stk_n) /* not the newest (no libc call for that one) */
                memmove(&sc_stk_v[i], &sc_stk_v[i + 1], (sc_stk_n - i - 1) * sizeof *sc_stk_v);
            sc_stk_n--;
            return;
        }
    }
}

void sc_longjmp_unwind(void *target_sp)
{
    uintptr_t t = (uintptr_t)target_sp;
    if (t < (uintptr_t)__builtin_frame_address(0))
        sc_report(SC_V_USE_AFTER_RETURN, NULL, SC_NOCAP, target_sp,
                  "longjmp into a function that has already returned");
    while (sc_stk_n > 0 && sc_stk_v[sc_stk_n - 1].base < t) {
        sc_stk *s = &sc_stk_v[--sc_stk_n];
        sc_kill_rec((sc_cap){s->obj, s->gen, 0, 0}, NULL, SC_F_RETURNED);
    }
    while (sc_jm_n > 0 && sc_jm_v[sc_jm_n - 1].sp < t)
        sc_jm_n--;
}

/* The caller's stack pointer at the call: the lowest address of its frame.
 * Every object of a frame called later lies below our return-address slot. */
__attribute__((noinline)) void *sc_setjmp_sp(void)
{
    return (char *)__builtin_frame_address(0) + sizeof(void *);
}

__attribute__((noinline)) void sc_setjmp_mark(const void *jb)
{
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0) + sizeof(void *);
    /* marks deeper than this frame belong to frames that have returned */
    while (sc_jm_n > 0 && (sc_jm_v[sc_jm_n - 1].sp < sp || sc_jm_v[sc_jm_n - 1].jb == jb))
        sc_jm_n--;
    for (size_t i = 0; i < sc_jm_n; i++) {
        if (sc_jm_v[i].jb == jb) { /* set again by an outer frame: drop the old mark */
            memmove(&sc_jm_v[i], &sc_jm_v[i + 1], (sc_jm_n - i - 1) * sizeof *sc_jm_v);
            sc_jm_n--;
            break;
        }
    }
    if (sc_jm_n == sc_jm_cap) {
        size_t cap = sc_jm_cap ? sc_jm_cap * 2 : 16;
        sc_jmark *v = realloc(sc_jm_v, cap * sizeof *v);
        if (!v)
            sc__fatal("out of memory for setjmp marks");
        sc_jm_v = v;
        sc_jm_cap = cap;
    }
    sc_jm_v[sc_jm_n++] = (sc_jmark){jb, sp};
}

void sc_longjmp_prepare(const void *jb, const sc_site *site)
{
    for (size_t i = sc_jm_n; i-- > 0;) {
        if (sc_jm_v[i].jb == jb) {
            if (sc_jm_v[i].sp < (uintptr_t)__builtin_frame_address(0))
                break;
            sc_longjmp_unwind((void *)sc_jm_v[i].sp);
            return;
        }
    }
    sc_report(SC_V_USE_AFTER_RETURN, site, SC_NOCAP, jb,
              "longjmp through a jmp_buf whose setjmp frame has returned "
              "(or that this thread never set)");
}

/* ------------------------------------------------------------ shadow */

sc_shadow *sc_shadow_leaf(uintptr_t addr)
{
    sc_ensure_init();
    size_t d = addr >> 24;
    if (d >= SC_SHADOW_DIR_SIZE)
        sc_report(SC_V_FORGED_POINTER, NULL, SC_NOCAP, (void *)addr,
                  "pointer slot at non-canonical address %p", (void *)addr);
    sc_shadow *leaf = __atomic_load_n(&sc_shadow_dir[d], __ATOMIC_ACQUIRE);
    if (leaf)
        return leaf;
    sc_shadow *fresh = sc_map(SC_SHADOW_LEAF_BYTES);
    if (!fresh)
        sc__fatal("out of address space for pointer shadow");
    if (__atomic_compare_exchange_n(&sc_shadow_dir[d], &leaf, fresh, false, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return fresh;
    munmap(fresh, SC_SHADOW_LEAF_BYTES); /* lost the race */
    return leaf;
}

/* The leaf of slot address a (NULL if it has none and !create); *i is the
 * slot's index in it. */
static inline sc_shadow *sc_shadow_get(uintptr_t a, bool create, size_t *i)
{
    sc_shadow *leaf = __atomic_load_n(&sc_shadow_dir[a >> 24], __ATOMIC_ACQUIRE);
    *i = (a >> 3) & (SC_SHADOW_LEAF_SLOTS - 1);
    if (!leaf && create)
        leaf = sc_shadow_leaf(a);
    return leaf;
}

static inline sc_shadow_win *sc_shadow_wins(sc_shadow *leaf)
{
    return (sc_shadow_win *)(leaf + SC_SHADOW_LEAF_SLOTS);
}

static inline bool sc_shadow_used(const sc_shadow *s) { return s->val || s->obj; }

/* The window goes in before the flag that makes a load read it. */
void sc_shadow_put_narrow(sc_shadow *leaf, size_t i, uint32_t obj, uint32_t lo, uint32_t hi)
{
    sc_shadow_wins(leaf)[i] = (sc_shadow_win){lo, hi};
    leaf[i].obj = obj | SC_SHADOW_NARROW;
}

/* Slots [a, end) of one leaf, a and end 8-aligned: clear, touching only
 * entries in use (reading a never-written shadow page maps the shared zero
 * page). */
static inline void sc_clear_leaf(uintptr_t a, uintptr_t end)
{
    size_t i;
    sc_shadow *leaf = sc_shadow_get(a, false, &i);
    if (leaf)
        for (sc_shadow *s = &leaf[i]; a < end; a += 8, s++)
            if (sc_shadow_used(s))
                *s = (sc_shadow){0, 0, 0}; /* the window entry is dead with it */
}

/* The same for slots [a, end) of any number of leaves. */
static __attribute__((noinline)) void sc_clear_slots(uintptr_t a, uintptr_t end)
{
    while (a < end) {
        uintptr_t region_end = (a | 0xFFFFFFu) + 1;
        uintptr_t stop = end < region_end ? end : region_end;
        sc_clear_leaf(a, stop);
        a = stop;
    }
}

/* The slots of [p, p + n).  A block of a few slots within one leaf (a
 * freed node) is done here; more goes to sc_clear_slots. */
static inline void sc_clear_shadow_of(uintptr_t p, size_t n)
{
    uintptr_t a = (p + 7) & ~(uintptr_t)7;
    uintptr_t end = (p + n) & ~(uintptr_t)7;
    if (n < 8 || a >= end || !sc_shadow_dir)
        return;
    if (end - a <= 64 && (a >> 24) == ((end - 1) >> 24))
        sc_clear_leaf(a, end);
    else
        sc_clear_slots(a, end);
}

void sc__clear_shadow(void *p, size_t n) { sc_clear_shadow_of((uintptr_t)p, n); }

void sc_rederive_all(void *obj, size_t size)
{
    uintptr_t a = ((uintptr_t)obj + 7) & ~(uintptr_t)7, end = (uintptr_t)obj + size;
    for (; a + 8 <= end; a += 8) {
        void *v = *(void *const *)a;
        sc_cap c;
        sc_obj o;
        if (v && sc__lookup_obj((uintptr_t)v, &c, &o))
            sc_set_shadow((void *)a, sc_mk(v, c));
    }
}

/* Copy one slot's entry: the capability follows only if the slot still
 * holds the value it was stored with. */
static inline void sc_copy_slot(uintptr_t ds, uintptr_t ss)
{
    size_t si, di;
    sc_shadow *sl = sc_shadow_get(ss, false, &si);
    if (sl && sl[si].obj && sl[si].val == *(const uintptr_t *)ss) {
        sc_shadow e = sl[si];
        sc_shadow *dl = sc_shadow_get(ds, true, &di);
        if (e.obj & SC_SHADOW_NARROW)
            sc_shadow_wins(dl)[di] = sc_shadow_wins(sl)[si];
        dl[di] = e;
        return;
    }
    sc_shadow *dl = sc_shadow_get(ds, false, &di);
    if (dl && sc_shadow_used(&dl[di]))
        dl[di] = (sc_shadow){0, 0, 0};
}

/* Reads the values in src, so call it before the bytes are copied (or after,
 * when the ranges do not overlap). */
void sc_copy_shadow(void *dst, const void *src, size_t n)
{
    uintptr_t d = (uintptr_t)dst, s = (uintptr_t)src;
    if (n < 8 || d == s || !sc_shadow_dir)
        return;
    uintptr_t d0 = (d + 7) & ~(uintptr_t)7, d1 = (d + n) & ~(uintptr_t)7;
    if (d0 >= d1)
        return;
    if ((d - s) & 7) { /* misaligned copy: no slot survives as a pointer */
        sc_clear_slots(d0, d1);
        return;
    }
    uintptr_t delta = d - s; /* modulo 2^64 */
    if (d > s && d < s + n) {
        for (uintptr_t ds = d1; ds > d0;) { /* overlapping, forward: copy backwards */
            ds -= 8;
            sc_copy_slot(ds, ds - delta);
        }
        return;
    }
    for (uintptr_t ds = d0; ds < d1;) {
        /* a whole 16 MB source region without shadow: just clear dst */
        uintptr_t ss = ds - delta;
        uintptr_t run = ((ss | 0xFFFFFFu) + 1) - ss;
        if (run > d1 - ds)
            run = d1 - ds;
        if (!sc_shadow_dir[ss >> 24]) {
            sc_clear_slots(ds, ds + run);
            ds += run;
            continue;
        }
        for (uintptr_t stop = ds + run; ds < stop; ds += 8)
            sc_copy_slot(ds, ds - delta);
    }
}

void sc_data_store(void *p, size_t n)
{
    uintptr_t a = (uintptr_t)p & ~(uintptr_t)7, end = (uintptr_t)p + n;
    for (; a < end; a += 8) {
        size_t i;
        sc_shadow *leaf = sc_shadow_get(a, true, &i);
        leaf[i] = (sc_shadow){1, 0, SC_SHADOW_DATA};
    }
}

/* ------------------------------------------------------------ check slow paths */

const char *sc__kind_noun(int kind)
{
    switch (kind) {
    case SC_K_HEAP: return "heap block";
    case SC_K_STACK: return "stack object";
    case SC_K_GLOBAL: return "global object";
    case SC_K_LITERAL: return "literal";
    case SC_K_FUNC: return "function";
    case SC_K_ARGV: return "argv/environment object";
    case SC_K_EXTERN: return "external object";
    default: return "object";
    }
}

int sc__overflow_violation(int kind)
{
    switch (kind) {
    case SC_K_HEAP: return SC_V_HEAP_OVERFLOW;
    case SC_K_STACK: return SC_V_STACK_OVERFLOW;
    default: return SC_V_GLOBAL_OVERFLOW; /* globals, literals, argv, extern, code */
    }
}

static const char *sc_s(uint64_t n) { return n == 1 ? "" : "s"; }

const char *sc__a(uint64_t n)
{
    /* spoken with a leading vowel: 8, 11, 18, 80-89, 8xx, 11 000, 18 000, ... */
    while (n >= 1000) {
        if (n < 1000000 && (n / 1000 == 11 || n / 1000 == 18))
            return "an";
        if (n >= 1000000 && n < 1000000000 && (n / 1000000 == 11 || n / 1000000 == 18))
            return "an";
        n /= 1000;
    }
    if (n == 11 || n == 18)
        return "an";
    while (n >= 10)
        n /= 10;
    return n == 8 ? "an" : "a";
}

/* The access failed its window check on a live object.  Outside the object
 * it overflows the object (whatever window it had); inside the object but
 * outside a narrower window it overflows a sub-object (s->buf into the next
 * field, a qsort comparator into the next element). */
static __attribute__((noreturn)) void sc_report_oob(sc_fat f, size_t n, const char *acc,
                                                    const sc_obj *o, const sc_site *site)
{
    int64_t off = (int64_t)((uintptr_t)f.p - o->base);
    int64_t lo = f.c.lo, hi = (int64_t)sc__win_hi(o, f.c);
    bool inside = off >= 0 && (uint64_t)off <= o->size && n <= o->size - (uint64_t)off;
    bool sub = (lo > 0 || (uint64_t)hi < o->size) && inside;
    if (!sub) { /* measure against the whole object */
        lo = 0;
        hi = (int64_t)o->size;
    }
    char what[160];
    if (sub)
        snprintf(what, sizeof what, "%s %lld-byte sub-object (at offset %lld) of %s %llu-byte %s",
                 sc__a((uint64_t)(hi - lo)), (long long)(hi - lo), (long long)lo,
                 sc__a(o->size), (unsigned long long)o->size, sc__kind_noun(o->kind));
    else
        snprintf(what, sizeof what, "%s %llu-byte %s", sc__a(o->size), (unsigned long long)o->size,
                 sc__kind_noun(o->kind));
    int v = sub ? SC_V_SUBOBJECT_OVERFLOW : sc__overflow_violation(o->kind);
    if (off < lo)
        sc_report(v, site, f.c, f.p, "%s of %zu byte%s, %lld byte%s before the beginning of %s",
                  acc, n, sc_s(n), (long long)(lo - off), sc_s((size_t)(lo - off)), what);
    if (off >= hi)
        sc_report(v, site, f.c, f.p, "%s of %zu byte%s, %lld bytes past the end of %s", acc, n,
                  sc_s(n), (long long)(off - hi), what);
    uint64_t past = (uint64_t)off + n - (uint64_t)hi;
    sc_report(v, site, f.c, f.p, "%s of %zu bytes at offset %lld of %s, %llu byte%s past its end",
              acc, n, (long long)(off - lo), what, (unsigned long long)past, sc_s((size_t)past));
}

/* Below this, an address without capability is NULL plus a field offset
 * (Linux never maps the first 64 KB; large structs reach further). */
#define SC_NULL_ZONE ((uintptr_t)1 << 20)

void *sc_chk_slow(sc_fat f, size_t n, int write, const sc_site *site)
{
    const char *acc = sc__acc(write);
    uintptr_t a = (uintptr_t)f.p;
    bool data = f.c.obj == 0 && f.c.gen == SC_DATACAP.gen;
    if ((f.c.obj == 1 || f.c.obj == 0) && !data) {
        if (a < (f.c.obj == 0 ? SC_NULL_ZONE : 4096))
            sc_report(SC_V_NULL_DEREFERENCE, site, SC_NOCAP, f.p,
                      "%s of %zu byte%s at address %p (null pointer%s)", acc, n, sc_s(n), f.p,
                      a ? " plus an offset" : "");
        if (f.c.obj == 1) { /* wild: memory safe code has no model of */
            sc__count_wild();
            return f.p;
        }
    }
    if (!sc__valid_index(f.c.obj)) {
        sc_cap oc;
        sc_obj o;
        if (sc__lookup_obj(a, &oc, &o))
            sc_report(SC_V_FORGED_POINTER, site, oc, f.p,
                      "%s of %zu byte%s through a pointer without capability (address %p, "
                      "%llu bytes into %s %llu-byte %s)",
                      acc, n, sc_s(n), f.p, (unsigned long long)(a - o.base), sc__a(o.size),
                      (unsigned long long)o.size, sc__kind_noun(o.kind));
        sc_report(SC_V_FORGED_POINTER, site, SC_NOCAP, f.p,
                  "%s of %zu byte%s through a pointer without capability (address %p%s)", acc,
                  n, sc_s(n), f.p, data ? ", loaded from bytes written as data" : "");
    }
    sc_obj o;
    switch (sc__describe(f.c, &o)) {
    case SC_FOUND_LIVE: {
        uint64_t off = a - o.base, hi = sc__win_hi(&o, f.c);
        if (off >= f.c.lo && off + n <= hi && off + n >= off) {
            /* memory not yet written (safec_init.c), larger than 4 GB, or
             * the record was read mid-update */
            sc__init_access(f, off, n, write, site);
            return f.p;
        }
        sc_report_oob(f, n, acc, &o, site);
    }
    case SC_FOUND_DEAD: {
        int v = SC_V_USE_AFTER_FREE;
        const char *how = "freed";
        if (o.kind == SC_K_STACK) {
            v = (o.flags & SC_F_RETURNED) ? SC_V_USE_AFTER_RETURN : SC_V_USE_AFTER_SCOPE;
            how = (o.flags & SC_F_RETURNED) ? "returned-from" : "out-of-scope";
        } else if (o.kind != SC_K_HEAP) {
            how = "dead";
        }
        sc_report(v, site, f.c, f.p, "%s of %zu byte%s at offset %lld of %s %llu-byte %s %s", acc,
                  n, sc_s(n), (long long)(a - o.base), sc__a(o.size), (unsigned long long)o.size,
                  how,
                  sc__kind_noun(o.kind));
    }
    default:
        break;
    }
    if (f.c.gen < (sc_objs[f.c.obj].gen & ~SC_GEN_TRACK))
        sc_report(SC_V_USE_AFTER_FREE, site, SC_NOCAP, f.p,
                  "%s of %zu byte%s through a dangling pointer (address %p; the object is long "
                  "gone and its record was reused)",
                  acc, n, sc_s(n), f.p);
    sc_report(SC_V_FORGED_POINTER, site, SC_NOCAP, f.p,
              "%s of %zu byte%s through an invalid capability (address %p)", acc, n, sc_s(n), f.p);
}

/* sc_chk_fail past its quick cases: an access to a tracked object that
 * needs its map made or scanned, and everything that reports. */
static __attribute__((noinline)) void *sc_chk_fail_full(void *p, sc_capw cw, size_t n, int write,
                                                        const sc_site *site)
{
    sc_cap c = sc_cap_of(cw);
    uint32_t obj = c.obj;
    if (obj > 1 && obj < __atomic_load_n(&sc_next, __ATOMIC_ACQUIRE) && obj < sc_nrec) {
        const sc_obj *o = &sc_objs[obj];
        uint64_t off = (uintptr_t)p - o->base;
        uint32_t g = __atomic_load_n(&o->gen, __ATOMIC_ACQUIRE);
        if ((g & ~SC_GEN_TRACK) == c.gen && off >= c.lo && off + n <= c.hi && off + n >= off &&
            (g == c.gen || sc__init_access((sc_fat){p, c}, off, n, write, site)))
            return p;
    }
    return sc_chk_slow((sc_fat){p, c}, n, write, site);
}

void *sc_chk_fail(void *p, sc_capw cw, size_t n, int write, const sc_site *site)
{
    /* the usual reasons to be here: an object not wholly written yet, or
     * a loop window made while it was not (sc_win_of gives none then).
     * The capability's fields are taken from the scalar as they are
     * needed: an sc_cap built here would be spilled for the calls below. */
    uint32_t obj = (uint32_t)cw, gen = (uint32_t)(cw >> 32);
    if (obj > 1 && obj < __atomic_load_n(&sc_next, __ATOMIC_ACQUIRE) && obj < sc_nrec) {
        const sc_obj *o = &sc_objs[obj];
        uint64_t off = (uintptr_t)p - o->base;
        uint32_t g = __atomic_load_n(&o->gen, __ATOMIC_ACQUIRE);
        uint32_t hi = (uint32_t)(cw >> 96);
        if ((g & ~SC_GEN_TRACK) == gen && off >= (uint32_t)(cw >> 64) && off + n <= hi &&
            off + n >= off && (g == gen || sc__init_quick(obj, o, gen, hi, off, n, write)))
            return p;
    }
    return sc_chk_fail_full(p, cw, n, write, site);
}

void *sc_chk_ool(sc_fat f, size_t n, int write, const sc_site *site)
{
    return sc_chk(f, n, write, site);
}

void *sc_chk_in_ool(sc_fat f, size_t n, const void *lo, size_t size, int write,
                    const sc_site *site)
{
    return sc_chk_in(f, n, lo, size, write, site);
}

sc_capw sc_load_cap_slow(const void *slot, void *v, int own)
{
    if (v == 0)
        return sc_capw_of(SC_NOCAP);
    uintptr_t a = (uintptr_t)slot;
    const sc_shadow *leaf = sc_shadow_dir[a >> 24];
    if (leaf) {
        const sc_shadow *e = &leaf[(a >> 3) & (SC_SHADOW_LEAF_SLOTS - 1)];
        /* written as data; or (own) a pointer was stored here, data since */
        if ((e->obj == 0 && e->gen == SC_SHADOW_DATA) || (own && e->obj))
            return sc_capw_of(SC_DATACAP);
    }
    sc_cap where = sc_lookup_cap(slot);
    if (where.obj > 1 && !(sc_objs[where.obj].flags & SC_F_EXTERN_WRITTEN))
        return sc_capw_of(SC_DATACAP);
    return sc_capw_of(sc_lookup_cap(v));
}

sc_fat sc_load_ptr_ool(const void *slot) { return sc_load_ptr(slot); }

sc_fat sc_load_ptr_own_ool(const void *slot) { return sc_load_ptr_own(slot); }

void sc_store_ptr_ool(void *slot, sc_fat f) { sc_store_ptr(slot, f); }

void *sc_chk_w_ool(void *p, size_t n, sc_win *w, sc_cap c, int mode, const sc_site *site)
{
    return SC_CHK_W(p, n, *w, c, mode, site);
}

void *sc_chk_ws_ool(void *p, size_t n, sc_win *w, sc_fat root, size_t off, size_t size, int mode,
                    const sc_site *site)
{
    return SC_CHK_WS(p, n, *w, root, off, size, mode, site);
}

void *sc_chk_in_fail(void *p, sc_capw cw, size_t n, const void *lo, size_t size, int write,
                     const sc_site *site)
{
    sc_cap c = sc_cap_of(cw);
    if (c.obj == 0 && c.gen == SC_GEN_LAZY) { /* a by-name array: recorded only now */
        const sc_lazy *d = (const sc_lazy *)(uintptr_t)((uint64_t)c.hi << 32 | c.lo);
        c = sc_reg((void *)(uintptr_t)lo, d->size ? d->size : size, SC_K_STACK, d->type_name,
                   d->site);
        /* the window is the array's: a member array at the start of a
         * struct or union variable is a sub-object of it */
        c = sc_narrow((sc_fat){(void *)(uintptr_t)lo, c}, 0, size).c;
    }
    return sc_chk_fail(p, sc_capw_of(c), n, write, site);
}

void *sc_chk_fail_sub(void *p, void *rp, sc_capw rc, size_t off, size_t size, size_t n,
                      int write, const sc_site *site)
{
    sc_fat f = sc_narrow((sc_fat){rp, sc_cap_of(rc)}, off, size);
    return sc_chk_fail(p, sc_capw_of(f.c), n, write, site);
}

void *sc_chk_call_slow(sc_fat f, uint32_t type_id, const sc_site *site)
{
    uintptr_t a = (uintptr_t)f.p;
    if (a < 4096 && f.c.obj <= 1) /* like the kernel's oops, and the program's intent */
        sc_report(SC_V_NULL_DEREFERENCE, site, SC_NOCAP, f.p,
                  "call through a null function pointer (%p)", f.p);
    if (f.c.obj == 1) {
        sc__count_wild();
        return f.p;
    }
    if (!sc__valid_index(f.c.obj))
        sc_report(SC_V_CONTROL_FLOW, site, SC_NOCAP, f.p,
                  "call through a pointer without capability (address %p)", f.p);
    sc_obj o;
    switch (sc__describe(f.c, &o)) {
    case SC_FOUND_LIVE:
        if (o.kind != SC_K_FUNC)
            sc_report(SC_V_CONTROL_FLOW, site, f.c, f.p,
                      "call through a pointer to data (%llu bytes into %s %llu-byte %s)",
                      (unsigned long long)(a - o.base), sc__a(o.size), (unsigned long long)o.size,
                      sc__kind_noun(o.kind));
        if (o.base != a)
            sc_report(SC_V_CONTROL_FLOW, site, f.c, f.p,
                      "call to offset %+lld into function %s", (long long)(a - o.base),
                      sc__type_name(&o) ? sc__type_name(&o) : "?");
        if (sc__type_id(&o) != type_id && sc__type_id(&o) && type_id)
            sc_report(SC_V_CONTROL_FLOW, site, f.c, f.p,
                      "call of function %s (type #%u) through a pointer to a different "
                      "function type (#%u)",
                      sc__type_name(&o) ? sc__type_name(&o) : "?", sc__type_id(&o), type_id);
        return f.p;
    case SC_FOUND_DEAD:
        sc_report(SC_V_CONTROL_FLOW, site, f.c, f.p,
                  "call through a dangling pointer into a dead %llu-byte %s",
                  (unsigned long long)o.size, sc__kind_noun(o.kind));
    default:
        sc_report(SC_V_CONTROL_FLOW, site, SC_NOCAP, f.p,
                  "call through a dangling or invalid capability (address %p)", f.p);
    }
}

/* ------------------------------------------------------------ argv, environ */

static const char *sc_arr_name(const char *elem, size_t n)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s[%zu]", elem, n);
    char *s = strdup(buf);
    return s ? s : elem;
}

/* Register a NULL-terminated array of strings and give each slot the
 * capability of its string. */
static sc_cap sc_reg_strv(char **v, size_t n, const char *what)
{
    sc_cap c = sc_reg(v, (n + 1) * sizeof(char *), SC_K_ARGV, sc_arr_name(what, n + 1), NULL);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(v[i]) + 1;
        sc_cap s = sc_reg(v[i], len, SC_K_ARGV, sc_arr_name("char", len), NULL);
        sc_store_ptr(&v[i], sc_mk(v[i], s));
    }
    return c;
}

extern char **environ;
static sc_fat sc_env_fat;

sc_fat sc_main_envp(char **envp)
{
    sc_ensure_init();
    if (envp && envp == sc_env_fat.p)
        return sc_env_fat;
    if (!envp)
        return sc_mk(NULL, SC_NOCAP);
    size_t n = 0;
    while (envp[n])
        n++;
    sc_fat f = sc_mk(envp, sc_reg_strv(envp, n, "char *"));
    if (envp == environ) {
        sc_env_fat = f;
        sc_store_ptr(&environ, f);
    }
    return f;
}

sc_fat sc_main_argv(int argc, char **argv)
{
    sc_ensure_init();
    if (environ && environ != sc_env_fat.p)
        sc_main_envp(environ);
    return sc_mk(argv, sc_reg_strv(argv, argc > 0 ? (size_t)argc : 0, "char *"));
}
