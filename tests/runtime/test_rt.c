/* Unit tests of the safe-C runtime, written as safe code would be emitted.
 *
 *   ./test_rt            run every unit test and every death test (forked)
 *   ./test_rt NAME       run one death scenario in this process
 *   ./test_rt --deaths   list the death scenarios: NAME<TAB>expected prefix
 *
 * A death test passes when the child exits with 86 and the first line of
 * its stderr starts with the expected text.
 */
#define _GNU_SOURCE
#include "safec_internal.h"
#include "safec_rt.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);           \
            failures++;                                                               \
        }                                                                             \
    } while (0)

static const sc_site S = {"test_rt.c", "test", 1, 1};

/* (a live object whose bytes are initialization-tracked has SC_GEN_TRACK
 * in its record's gen) */
static bool cap_live(sc_cap c)
{
    return c.obj > 1 && (sc_objs[c.obj].gen & ~SC_GEN_TRACK) == c.gen;
}
static bool cap_eq(sc_cap a, sc_cap b)
{
    return a.obj == b.obj && a.gen == b.gen && a.lo == b.lo && a.hi == b.hi;
}

/* ------------------------------------------------------------ unit tests */

static void test_records(void)
{
    CHECK(sc_objs[0].gen == 0xFFFFFFFFu);
    CHECK(sc_objs[1].gen == 0xFFFFFFFFu);
    int x[10];
    sc_cap c = sc_reg(x, sizeof x, SC_K_GLOBAL, "int[10]", &S);
    CHECK(c.obj > 1 && c.lo == 0 && c.hi == 40);
    CHECK(sc_chk(sc_mk(&x[9], c), 4, 1, &S) == &x[9]);
    CHECK(sc_objs[c.obj].base == (uintptr_t)x && sc_objs[c.obj].live);
    /* the same global registered by two translation units is one object */
    sc_cap c2 = sc_reg(x, sizeof x, SC_K_GLOBAL, "int[10]", &S);
    CHECK(cap_eq(c, c2));
    sc_kill(c, &S);
    CHECK(!cap_live(c));
    CHECK(!sc_objs[c.obj].live && sc__free_site(&sc_objs[c.obj]) == &S);
    sc_kill(c, &S); /* already dead: nothing happens */

    /* the graveyard describes a dead object after its record is reused */
    char *blk = malloc(24);
    sc_cap h = sc_reg(blk, 24, SC_K_HEAP, "struct thing", &S);
    sc_kill(h, &S);
    bool reused = false;
    for (int i = 0; i < 40000 && !reused; i++) {
        sc_cap t = sc_reg(blk, 1, SC_K_HEAP, NULL, NULL);
        reused = t.obj == h.obj;
        CHECK(t.gen != h.gen || t.obj != h.obj);
        sc_kill(t, NULL);
    }
    CHECK(reused);
    sc_obj o;
    CHECK(sc__describe(h, &o) == SC_FOUND_DEAD);
    CHECK(o.size == 24 && o.kind == SC_K_HEAP && strcmp(sc__type_name(&o), "struct thing") == 0);
    CHECK(sc__free_site(&o) == &S);
    free(blk);

    /* huge objects: the window is clamped, the slow path knows the size */
    size_t big = (size_t)5 << 30;
    char *m = mmap(NULL, big, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m != MAP_FAILED) {
        sc_cap bc = sc_reg(m, big, SC_K_GLOBAL, "char[5G]", &S);
        CHECK(bc.hi == 0xFFFFFFFFu);
        char *far = m + ((size_t)9 << 29);
        CHECK(sc_chk(sc_mk(far, bc), 8, 1, &S) == far);
        CHECK(sc_lookup_cap(far).obj == bc.obj);
        /* through a pointer slot: the whole window comes back clamped, and a
         * window whose hi equals the size's low 32 bits stays that narrow
         * (a load rebuilds hi from the size's low bits: sc_entry_hi) */
        void *slot[2] __attribute__((aligned(8))) = {0, 0};
        sc_cap slotc = sc_reg(slot, sizeof slot, SC_K_STACK, NULL, NULL);
        sc_store_ptr(&slot[0], sc_mk(far, bc));
        CHECK(cap_eq(sc_load_ptr(&slot[0]).c, bc));
        sc_cap low = bc;
        low.hi = (uint32_t)big + 64; /* 64: the low bits of 5 GB + 64 */
        sc_kill(bc, NULL);
        bc = sc_reg(m, big + 64, SC_K_GLOBAL, "char[5G+64]", &S);
        low.obj = bc.obj;
        low.gen = bc.gen;
        CHECK(low.hi == (uint32_t)(big + 64) && low.hi != bc.hi);
        sc_store_ptr(&slot[1], sc_mk(m, low));
        CHECK(cap_eq(sc_load_ptr(&slot[1]).c, low));
        sc_store_ptr(&slot[1], sc_mk(m, bc));
        CHECK(cap_eq(sc_load_ptr(&slot[1]).c, bc));
        sc_kill(slotc, NULL);
        sc_kill(bc, NULL);
        munmap(m, big);
    }
}

static void test_index(void)
{
    /* random objects; lookups agree with a linear search */
    enum { N = 3000 };
    static char arena[1 << 20];
    static struct {
        size_t off, size;
        sc_cap c;
    } v[N];
    unsigned seed = 12345;
    size_t off = 0;
    int n = 0;
    while (n < N) {
        seed = seed * 1103515245u + 12345u;
        size_t size = (seed >> 8) % ((seed & 3) == 0 ? 5000 : 64);
        size_t gap = (seed >> 20) % 9;
        if (off + gap + size + 1 >= sizeof arena)
            break;
        off += gap;
        v[n].off = off;
        v[n].size = size;
        v[n].c = sc_reg(arena + off, size, SC_K_HEAP, NULL, NULL);
        off += size ? size : 1;
        n++;
    }
    for (int i = 0; i < n; i += 3) /* kill a third */
        sc_kill(v[i].c, NULL);
    int checked = 0;
    for (size_t a = 0; a < off; a += 7) {
        int want = -1;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0)
                continue;
            if ((a >= v[i].off && a < v[i].off + v[i].size) ||
                (v[i].size == 0 && a == v[i].off))
                want = i;
        }
        sc_cap got = sc_lookup_cap(arena + a);
        if (want < 0)
            CHECK(got.obj == 1);
        else
            CHECK(cap_eq(got, v[want].c));
        checked++;
    }
    CHECK(checked > 1000);
    for (int i = 0; i < n; i++)
        sc_kill(v[i].c, NULL);
    CHECK(sc_lookup_cap(arena + 100).obj == 1);
    CHECK(sc_lookup_cap(NULL).obj == 0);
}

static void test_expose(void)
{
    static long g[4];
    sc_cap c = sc_reg(g, sizeof g, SC_K_GLOBAL, "long[4]", &S);
    uintptr_t a = (uintptr_t)&g[2];
    CHECK(sc_from_int(a).c.obj == 0); /* not exposed yet */
    CHECK(sc_expose(sc_mk(&g[2], c)) == a);
    sc_fat f = sc_from_int(a);
    CHECK(f.p == &g[2] && cap_eq(f.c, c));
    CHECK(sc_from_int((uintptr_t)(g + 4)).c.obj == c.obj); /* one past the end */
    CHECK(sc_from_int(0).c.obj == 0);
    sc_kill(c, NULL);
    CHECK(sc_from_int(a).c.obj == 0); /* dead */
    CHECK(sc_expose(sc_mk(&g[1], c)) == (uintptr_t)&g[1]);
}

static int func_a(int x) { return x + 1; }
static int func_b(int x) { return x + 2; }

static void test_functions(void)
{
    sc_cap a = sc_reg_func((void *)func_a, 7, "func_a");
    sc_cap a2 = sc_reg_func((void *)func_a, 7, "func_a");
    CHECK(cap_eq(a, a2));
    CHECK(sc_chk_call(sc_mk((void *)func_a, a), 7, &S) == (void *)func_a);
    CHECK(sc_chk_call(sc_mk((void *)func_a, a), 0, &S) == (void *)func_a);
    sc_fat b = sc_func_ptr((void *)func_b); /* unknown: registered with type 0 */
    CHECK(b.c.obj > 1 && sc_objs[b.c.obj].kind == SC_K_FUNC && sc__type_id(&sc_objs[b.c.obj]) == 0);
    CHECK(sc_chk_call(b, 99, &S) == (void *)func_b);
    sc_cap b2 = sc_reg_func((void *)func_b, 9, "func_b"); /* later registration fills in */
    CHECK(b2.obj == b.c.obj && sc__type_id(&sc_objs[b.c.obj]) == 9);
    CHECK(sc_func_ptr(NULL).c.obj == 0);
    /* wild function pointers are allowed and counted */
    uint64_t w = sc_wild_accesses();
    CHECK(sc_chk_call(sc_mk((void *)func_b, (sc_cap){1, 0, 0, 0}), 3, &S) == (void *)func_b);
    CHECK(sc_wild_accesses() == w + 1);
}

static void test_shadow(void)
{
    static char obj[64];
    sc_cap oc = sc_reg(obj, sizeof obj, SC_K_GLOBAL, NULL, NULL);
    /* slots inside safe objects: a mismatching load gives no capability
     * (in unregistered memory it would be derived from the value) */
    void *slots[8] __attribute__((aligned(8)));
    memset(slots, 0, sizeof slots);
    sc_cap c1 = sc_reg(slots, sizeof slots, SC_K_STACK, NULL, NULL);
    sc_store_ptr(&slots[0], sc_mk(obj + 8, oc));
    sc_fat f = sc_load_ptr(&slots[0]);
    CHECK(f.p == obj + 8 && cap_eq(f.c, oc));
    /* data over the slot: no capability comes back */
    slots[0] = (void *)(uintptr_t)0x1234;
    CHECK(sc_load_ptr(&slots[0]).c.obj == 0);
    /* ... not even when the old value is written back as data, after a copy
     * from a slot without capability */
    sc_store_ptr(&slots[1], sc_mk(obj, oc));
    uintptr_t data = (uintptr_t)obj;
    uintptr_t words[2] = {data, data};
    sc_copy_shadow(&slots[1], words, 8);
    memcpy(&slots[1], words, 8);
    CHECK(sc_load_ptr(&slots[1]).c.obj == 0);

    /* aligned copy carries capabilities */
    for (int i = 0; i < 4; i++)
        sc_store_ptr(&slots[i], sc_mk(obj + i, oc));
    void *dst[4] __attribute__((aligned(8)));
    sc_cap c2 = sc_reg(dst, sizeof dst, SC_K_STACK, NULL, NULL);
    sc_copy_shadow(dst, slots, sizeof dst);
    memcpy(dst, slots, sizeof dst);
    for (int i = 0; i < 4; i++) {
        sc_fat g = sc_load_ptr(&dst[i]);
        CHECK(g.p == obj + i && cap_eq(g.c, oc));
    }
    /* misaligned copy: none */
    char raw[80] __attribute__((aligned(8)));
    sc_cap c3 = sc_reg(raw, sizeof raw, SC_K_STACK, NULL, NULL);
    sc_store_ptr(raw + 8, sc_mk(obj, oc));
    sc_copy_shadow(raw + 17, slots, 32);
    memmove(raw + 17, slots, 32);
    for (int i = 3; i < 6; i++)
        CHECK(sc_load_ptr(raw + 8 * i).c.obj == 0);

    /* overlapping copies in both directions, like memmove */
    void *ring[8] __attribute__((aligned(8)));
    sc_cap c4 = sc_reg(ring, sizeof ring, SC_K_STACK, NULL, NULL);
    for (int i = 0; i < 8; i++)
        sc_store_ptr(&ring[i], sc_mk(obj + i, oc));
    sc_copy_shadow(&ring[1], &ring[0], 6 * 8);
    memmove(&ring[1], &ring[0], 6 * 8);
    for (int i = 1; i < 7; i++)
        CHECK(sc_load_ptr(&ring[i]).p == obj + i - 1 && sc_load_ptr(&ring[i]).c.obj == oc.obj);
    CHECK(sc_load_ptr(&ring[7]).p == obj + 7 && sc_load_ptr(&ring[7]).c.obj == oc.obj);
    for (int i = 0; i < 8; i++)
        sc_store_ptr(&ring[i], sc_mk(obj + i, oc));
    sc_copy_shadow(&ring[0], &ring[2], 6 * 8);
    memmove(&ring[0], &ring[2], 6 * 8);
    for (int i = 0; i < 6; i++)
        CHECK(sc_load_ptr(&ring[i]).p == obj + i + 2 && sc_load_ptr(&ring[i]).c.obj == oc.obj);

    /* a copy of a non-pointer word over a pointer slot clears it */
    sc_store_ptr(&ring[0], sc_mk(obj, oc));
    long plain[1] = {(long)(uintptr_t)obj};
    sc_copy_shadow(&ring[0], plain, 8);
    CHECK(sc_load_ptr(&ring[0]).c.obj == 0);

    /* narrowed windows (member arrays, hand-made capabilities) round-trip
     * through the window shadow; whole-object ones are rebuilt from the
     * record; NULL and wild capabilities come back as stored */
    sc_fat nw = sc_narrow(sc_mk(obj, oc), 16, 8);
    CHECK(nw.c.lo == 16 && nw.c.hi == 24);
    sc_fat head = sc_narrow(sc_mk(obj, oc), 0, 8); /* lo 0, hi below the size */
    sc_cap wild = {1, 0, 0, 0}, odd = {oc.obj, oc.gen, 8, 64};
    sc_store_ptr(&ring[0], nw);
    sc_store_ptr(&ring[1], head);
    sc_store_ptr(&ring[2], sc_mk(obj + 5, oc));
    sc_store_ptr(&ring[3], sc_mk(NULL, SC_NOCAP));
    sc_store_ptr(&ring[4], sc_mk((void *)(uintptr_t)0x5000, wild));
    sc_set_shadow(&ring[5], sc_mk(ring[5], odd));
    CHECK(cap_eq(sc_load_ptr(&ring[0]).c, nw.c));
    CHECK(cap_eq(sc_load_ptr(&ring[1]).c, head.c));
    CHECK(cap_eq(sc_load_ptr(&ring[2]).c, oc));
    CHECK(cap_eq(sc_load_ptr(&ring[3]).c, SC_NOCAP));
    CHECK(cap_eq(sc_load_ptr(&ring[4]).c, wild));
    CHECK(cap_eq(sc_load_ptr(&ring[5]).c, odd));
    /* copies carry the windows, in both directions */
    sc_copy_shadow(&ring[2], &ring[0], 4 * 8);
    memmove(&ring[2], &ring[0], 4 * 8);
    CHECK(sc_load_ptr(&ring[2]).p == nw.p && cap_eq(sc_load_ptr(&ring[2]).c, nw.c));
    CHECK(cap_eq(sc_load_ptr(&ring[3]).c, head.c));
    CHECK(cap_eq(sc_load_ptr(&ring[4]).c, oc));
    sc_copy_shadow(&ring[0], &ring[3], 2 * 8);
    memmove(&ring[0], &ring[3], 2 * 8);
    CHECK(cap_eq(sc_load_ptr(&ring[0]).c, head.c) && cap_eq(sc_load_ptr(&ring[1]).c, oc));
    sc_copy_shadow(dst, ring, sizeof dst);
    memcpy(dst, ring, sizeof dst);
    CHECK(cap_eq(sc_load_ptr(&dst[0]).c, head.c) && cap_eq(sc_load_ptr(&dst[2]).c, nw.c));
    /* a whole-object store over a narrowed slot, and the other way round */
    sc_store_ptr(&ring[2], sc_mk(obj, oc));
    CHECK(cap_eq(sc_load_ptr(&ring[2]).c, oc));
    sc_store_ptr(&ring[2], nw);
    CHECK(cap_eq(sc_load_ptr(&ring[2]).c, nw.c));
    /* a window read from the shadow never reaches past its object */
    sc_cap wide = {oc.obj, oc.gen, 0, 4096};
    sc_store_ptr(&ring[6], sc_mk(obj, wide));
    CHECK(sc_load_ptr(&ring[6]).c.hi == sizeof obj);
    /* a stale capability stays stale when its record is reused for an
     * object of another size, whole or narrowed */
    char *h = malloc(32), *h2 = malloc(256);
    sc_cap hc = sc_reg(h, 32, SC_K_HEAP, NULL, NULL);
    sc_fat hn = sc_narrow(sc_mk(h, hc), 8, 8);
    sc_store_ptr(&ring[6], sc_mk(h, hc));
    sc_store_ptr(&ring[7], hn);
    sc_kill(hc, NULL);
    sc_cap h2c = {0, 0, 0, 0};
    for (int i = 0; i < 1 << 16 && h2c.obj != hc.obj; i++) { /* until the record comes back */
        h2c = sc_reg(h2, 256, SC_K_HEAP, NULL, NULL);
        if (h2c.obj != hc.obj)
            sc_kill(h2c, NULL);
    }
    CHECK(h2c.obj == hc.obj && h2c.gen != hc.gen);
    sc_fat s6 = sc_load_ptr(&ring[6]), s7 = sc_load_ptr(&ring[7]);
    CHECK(s6.c.obj == hc.obj && s6.c.gen == hc.gen && s6.c.lo == 0);
    CHECK(s7.c.obj == hc.obj && s7.c.gen == hc.gen && s7.c.lo == 8 && s7.c.hi == 16);
    CHECK(sc_win_of(s6).lo > sc_win_of(s6).hi && sc_win_of(s7).lo > sc_win_of(s7).hi);
    sc_kill(h2c, NULL);
    free(h);
    free(h2);
    sc_scope_end(&c1);
    sc_scope_end(&c2);
    sc_scope_end(&c3);
    sc_scope_end(&c4);
    /* regular C memory (no object): a value without shadow gets the
     * capability of the object it points into, or the wild one */
    void *ext[2] = {obj + 3, (void *)(uintptr_t)0x5000};
    CHECK(cap_eq(sc_load_ptr(&ext[0]).c, oc));
    CHECK(sc_load_ptr(&ext[1]).c.obj == 1);

    /* large copies across 16 MB shadow regions */
    size_t big = 40u << 20;
    void **a = aligned_alloc(1 << 24, big), **b = aligned_alloc(1 << 24, big);
    if (a && b) {
        size_t n = big / sizeof(void *);
        for (size_t i = 0; i < n; i += 4099)
            sc_store_ptr(&a[i], sc_mk(obj + (i & 63), oc));
        sc_copy_shadow(b, a, big);
        memcpy(b, a, big);
        int ok = 0;
        for (size_t i = 0; i < n; i += 4099)
            ok += sc_load_ptr(&b[i]).c.obj == oc.obj;
        CHECK(ok == (int)((n + 4098) / 4099));
    }
    free(a);
    free(b);
    sc_kill(oc, NULL);
}

/* a safe comparator, as the compiler would emit it */
static const sc_site S_cmp = {"test_rt.c", "cmp_int", 2, 1};
static int cmp_calls_with_caps;
static int cmp_int(const void *a, const void *b)
{
    sc_fat fa = sc_param((void *)a, 0, (void *)cmp_int);
    sc_fat fb = sc_param((void *)b, 1, (void *)cmp_int);
    cmp_calls_with_caps += fa.c.obj > 1 && fa.c.hi - fa.c.lo == sizeof(int);
    int x = *(int *)sc_chk(fa, sizeof(int), 0, &S_cmp);
    int y = *(int *)sc_chk(fb, sizeof(int), 0, &S_cmp);
    return (x > y) - (x < y);
}

/* compares the strings two char * elements point to */
static int cmp_strp(const void *a, const void *b)
{
    sc_fat fa = sc_param((void *)a, 0, (void *)cmp_strp);
    sc_fat fb = sc_param((void *)b, 1, (void *)cmp_strp);
    sc_fat sa = sc_load_ptr(sc_chk(fa, sizeof(char *), 0, &S_cmp));
    sc_fat sb = sc_load_ptr(sc_chk(fb, sizeof(char *), 0, &S_cmp));
    return sc_w_strcmp(sa, sb, &S_cmp);
}

static void test_wrappers(void)
{
    char *s = strdup("hello, world");
    sc_cap sc = sc_reg(s, 13, SC_K_HEAP, "char[13]", &S);
    sc_fat f = sc_mk(s, sc);
    CHECK(sc_w_strlen(f, &S) == 12);
    sc_fat comma = sc_w_strchr(f, ',', &S);
    CHECK(comma.p == s + 5 && cap_eq(comma.c, sc));
    CHECK(sc_w_strchr(f, 'z', &S).p == NULL);
    CHECK(sc_w_strrchr(f, 'o', &S).p == s + 8);
    sc_fat lit = sc_mk("world", sc_reg("world", 6, SC_K_LITERAL, NULL, NULL));
    CHECK(sc_w_strstr(f, lit, &S).p == s + 7);
    CHECK(sc_w_strcmp(sc_add(f, 7), lit, &S) == 0);
    CHECK(sc_w_strncmp(f, lit, 0, &S) == 0);
    CHECK(sc_w_strcasecmp(sc_add(f, 7), sc_mk("WORLD", (sc_cap){1, 0, 0, 0}), &S) == 0);
    CHECK(sc_w_memchr(f, 'w', 100, &S).p == s + 7); /* stops at the match */

    /* malloc family */
    sc_fat m = sc_w_malloc(0, NULL, &S), m2 = sc_w_malloc(0, NULL, &S);
    CHECK(m.p && m2.p && m.p != m2.p && m.c.hi == 0);
    sc_w_free(m, &S);
    sc_w_free(m2, &S);
    sc_w_free(sc_mk(NULL, SC_NOCAP), &S);
    CHECK(sc_w_calloc((size_t)1 << 40, (size_t)1 << 40, NULL, &S).p == NULL);
    sc_fat arr = sc_w_calloc(4, sizeof(void *), "void *[4]", &S);
    CHECK(arr.c.hi == 32 && ((void **)arr.p)[3] == NULL);
    sc_store_ptr(arr.p, f);
    sc_fat grown = sc_w_realloc(arr, 4096, &S);
    CHECK(grown.c.hi == 4096 && !cap_live(arr.c));
    sc_fat back = sc_load_ptr(grown.p);
    CHECK(back.p == s && cap_eq(back.c, sc)); /* capabilities move with the bytes */
    void *slot[1];
    CHECK(sc_w_posix_memalign(sc_mk(slot, sc_reg(slot, 8, SC_K_STACK, NULL, NULL)), 64, 100,
                              &S) == 0);
    sc_fat al = sc_load_ptr(slot);
    CHECK(((uintptr_t)al.p & 63) == 0 && al.c.hi == 100 && cap_live(al.c));
    sc_w_free(al, &S);
    sc_w_free(grown, &S);
    sc_fat d = sc_w_strdup(f, &S);
    CHECK(d.c.hi == 13 && strcmp(d.p, s) == 0);
    sc_fat nd = sc_w_strndup(f, 5, &S);
    CHECK(nd.c.hi == 6 && strcmp(nd.p, "hello") == 0);
    sc_w_free(nd, &S);

    /* memcpy/memmove carry capabilities */
    sc_fat two = sc_w_malloc(16, NULL, &S);
    sc_store_ptr(two.p, f);
    sc_w_memmove(sc_add(two, 8), two, 8, &S);
    CHECK(cap_eq(sc_load_ptr((char *)two.p + 8).c, sc));
    sc_w_memset(two, 0, 16, &S);
    CHECK(sc_load_ptr(two.p).c.obj == 0);
    sc_w_free(two, &S);

    /* strtol's end pointer is stored with the string's capability */
    sc_fat num = sc_mk("  42abc", sc_reg("  42abc", 8, SC_K_LITERAL, NULL, NULL));
    void *endslot[1];
    sc_fat ends = sc_mk(endslot, sc_reg(endslot, 8, SC_K_STACK, NULL, NULL));
    CHECK(sc_w_strtol(num, ends, 10, &S) == 42);
    sc_fat e = sc_load_ptr(endslot);
    CHECK(e.p == (char *)num.p + 4 && cap_eq(e.c, num.c));
    CHECK(sc_w_strtod(num, sc_mk(NULL, SC_NOCAP), &S) == 42.0);
    CHECK(sc_w_atoi(num, &S) == 42);

    /* strtok / strtok_r / strsep */
    strcpy(d.p, "a,b,,c");
    sc_fat delim = sc_mk(",", sc_reg(",", 2, SC_K_LITERAL, NULL, NULL));
    sc_fat t1 = sc_w_strtok(d, delim, &S);
    sc_fat t2 = sc_w_strtok(sc_mk(NULL, SC_NOCAP), delim, &S);
    sc_fat t3 = sc_w_strtok(sc_mk(NULL, SC_NOCAP), delim, &S);
    sc_fat t4 = sc_w_strtok(sc_mk(NULL, SC_NOCAP), delim, &S);
    CHECK(t1.p && strcmp(t1.p, "a") == 0 && cap_eq(t1.c, d.c));
    CHECK(t2.p && strcmp(t2.p, "b") == 0 && cap_eq(t2.c, d.c));
    CHECK(t3.p && strcmp(t3.p, "c") == 0);
    CHECK(t4.p == NULL);
    strcpy(d.p, "x y");
    sc_fat sp = sc_w_malloc(8, NULL, &S);
    sc_fat sp1 = sc_w_strtok_r(d, sc_mk(" ", (sc_cap){1, 0, 0, 0}), sp, &S);
    sc_fat sp2 = sc_w_strtok_r(sc_mk(NULL, SC_NOCAP), sc_mk(" ", (sc_cap){1, 0, 0, 0}), sp, &S);
    CHECK(strcmp(sp1.p, "x") == 0 && strcmp(sp2.p, "y") == 0 && cap_eq(sp2.c, d.c));
    strcpy(d.p, "k=v");
    sc_store_ptr(sp.p, d);
    sc_fat k = sc_w_strsep(sp, sc_mk("=", (sc_cap){1, 0, 0, 0}), &S);
    CHECK(strcmp(k.p, "k") == 0 && cap_eq(k.c, d.c));
    sc_fat rest = sc_load_ptr(sp.p);
    CHECK(strcmp(rest.p, "v") == 0 && cap_eq(rest.c, d.c));
    sc_w_free(sp, &S);

    /* string copies */
    char buf[16];
    sc_fat bf = sc_mk(buf, sc_reg(buf, sizeof buf, SC_K_STACK, "char[16]", &S));
    sc_w_strcpy(bf, lit, &S);
    sc_w_strcat(bf, sc_mk("!", (sc_cap){1, 0, 0, 0}), &S);
    CHECK(strcmp(buf, "world!") == 0);
    sc_w_strncpy(bf, lit, sizeof buf, &S);
    sc_w_strncat(bf, f, 3, &S);
    CHECK(strcmp(buf, "worldhel") == 0);
    CHECK(sc_w_stpcpy(bf, lit, &S).p == buf + 5);
    sc_scope_end(&bf.c);
    sc_w_free(d, &S);

    /* qsort hands the comparator a window of exactly one element */
    sc_fat ia = sc_w_malloc(8 * sizeof(int), "int[8]", &S);
    int init[8] = {5, 3, 7, 1, 8, 2, 6, 4};
    memcpy(ia.p, init, sizeof init);
    sc_fat cmp = sc_mk((void *)cmp_int, sc_reg_func((void *)cmp_int, 0, "cmp_int"));
    cmp_calls_with_caps = 0;
    sc_w_qsort(ia, 8, sizeof(int), cmp, &S);
    for (int i = 0; i < 8; i++)
        CHECK(((int *)ia.p)[i] == i + 1);
    CHECK(cmp_calls_with_caps > 0);
    int key = 6;
    sc_fat kf = sc_mk(&key, sc_reg(&key, sizeof key, SC_K_STACK, "int", &S));
    sc_fat hit = sc_w_bsearch(kf, ia, 8, sizeof(int), cmp, &S);
    CHECK(hit.p == (int *)ia.p + 5 && hit.c.obj == ia.c.obj);
    sc_scope_end(&kf.c);
    sc_w_free(ia, &S);

    /* sorting an array of pointers keeps each slot's capability */
    sc_fat names = sc_w_malloc(4 * sizeof(char *), "char *[4]", &S);
    const char *words[4] = {"pear", "fig", "apple", "kiwi"};
    sc_cap wc[4];
    for (int i = 0; i < 4; i++) {
        wc[i] = sc_reg((void *)words[i], strlen(words[i]) + 1, SC_K_LITERAL, NULL, NULL);
        sc_store_ptr((char **)names.p + i, sc_mk((void *)words[i], wc[i]));
    }
    sc_fat scmp = sc_mk((void *)cmp_strp, sc_reg_func((void *)cmp_strp, 0, "cmp_strp"));
    sc_w_qsort(names, 4, sizeof(char *), scmp, &S);
    const char *sorted[4] = {"apple", "fig", "kiwi", "pear"};
    for (int i = 0; i < 4; i++) {
        sc_fat w = sc_load_ptr((char **)names.p + i);
        CHECK(strcmp(w.p, sorted[i]) == 0 && w.c.obj > 1 && w.c.hi == strlen(sorted[i]) + 1);
    }
    /* stable, like glibc's merge sort */
    sc_fat pairs = sc_w_malloc(6 * 2 * sizeof(int), "int[6][2]", &S);
    int pv[12] = {2, 0, 1, 1, 2, 2, 1, 3, 0, 4, 1, 5};
    memcpy(pairs.p, pv, sizeof pv);
    sc_w_qsort(pairs, 6, 2 * sizeof(int), cmp, &S);
    int want[12] = {0, 4, 1, 1, 1, 3, 1, 5, 2, 0, 2, 2};
    CHECK(memcmp(pairs.p, want, sizeof want) == 0);
    sc_w_free(pairs, &S);
    sc_w_free(names, &S);

    /* getline grows its buffer with the checked allocator */
    FILE *fp = fmemopen((void *)"first line\nsecond\n", 18, "r");
    void *lp[1] = {NULL};
    size_t ln[1] = {0};
    sc_fat lpf = sc_mk(lp, sc_reg(lp, 8, SC_K_STACK, NULL, NULL));
    sc_fat lnf = sc_mk(ln, sc_reg(ln, 8, SC_K_STACK, NULL, NULL));
    CHECK(sc_w_getline(lpf, lnf, fp, &S) == 11);
    sc_fat line = sc_load_ptr(lp);
    CHECK(strcmp(line.p, "first line\n") == 0 && cap_live(line.c) && line.c.hi >= ln[0]);
    CHECK(sc_w_getline(lpf, lnf, fp, &S) == 7);
    CHECK(sc_w_getline(lpf, lnf, fp, &S) == -1);
    fclose(fp);
    sc_w_free(sc_load_ptr(lp), &S);

    /* getenv results carry the environment string's capability */
    setenv("SAFEC_TEST_VAR", "value", 1);
    sc_fat name = sc_mk("SAFEC_TEST_VAR", (sc_cap){1, 0, 0, 0});
    sc_fat ev = sc_w_getenv(name, &S);
    CHECK(ev.p && strcmp(ev.p, "value") == 0 && cap_live(ev.c));
    CHECK(sc_w_getenv(sc_mk("SAFEC_NO_SUCH_VAR", (sc_cap){1, 0, 0, 0}), &S).p == NULL);
    free(s);
}

/* The loop window of a member array of a tracked heap block whose first
 * bytes are never written: the member's written run from its start. */
static void test_tracked_member_window(void)
{
    sc_fat b = sc_w_malloc(4 + 200, NULL, &S); /* { int unused; char buf[200]; } */
    CHECK(b.p && sc_objs[b.c.obj].gen == (b.c.gen | SC_GEN_TRACK));
    sc_win w = sc_win_sub(b, 4, 200);
    CHECK(w.lo > w.hi); /* nothing written: empty */
    for (int i = 0; i < 150; i++)
        sc_chk(sc_add(b, 4 + i), 1, SC_WRITE, &S);
    w = sc_win_sub(b, 4, 200);
    CHECK(w.lo == (uintptr_t)b.p + 4 && w.hi == (uintptr_t)b.p + 4 + 150);
    for (int i = 150; i < 200; i++)
        sc_chk(sc_add(b, 4 + i), 1, SC_WRITE, &S);
    w = sc_win_sub(b, 4, 200);
    CHECK(w.lo == (uintptr_t)b.p + 4 && w.hi == (uintptr_t)b.p + 204);
    CHECK(sc_objs[b.c.obj].gen == (b.c.gen | SC_GEN_TRACK)); /* bytes 0-3: still tracked */
    sc_win in = sc_win_sub(b, 8, 196); /* a member past the window's end */
    CHECK(in.lo == (uintptr_t)b.p + 8 && in.hi == (uintptr_t)b.p + 204);
    sc_win at = sc_win_of(sc_add(b, 10)); /* a pointer into it: the written run */
    CHECK(at.lo == (uintptr_t)b.p + 4 && at.hi == (uintptr_t)b.p + 204);
    sc_win buf = sc_win_of(sc_narrow(b, 4, 200)); /* the member's own capability */
    CHECK(buf.lo == (uintptr_t)b.p + 4 && buf.hi == (uintptr_t)b.p + 204);
    at = sc_win_of(sc_add(b, 2)); /* a pointer at unwritten bytes: nothing */
    CHECK(at.lo > at.hi);
    sc_fat narrow = sc_narrow(b, 0, 100); /* the member is not inside the capability */
    w = sc_win_sub(narrow, 4, 200);
    CHECK(w.lo > w.hi);
    sc_w_free(b, &S);
    w = sc_win_sub(b, 4, 200);
    CHECK(w.lo > w.hi); /* dead */
}

/* A heap block written from its start only keeps just the length of its
 * written prefix (SC__PREFIX), no map; a write past a gap makes the map,
 * with the prefix's bits set. */
static void test_prefix_state(void)
{
    sc_fat b = sc_w_malloc(300, NULL, &S);
    uintptr_t base = (uintptr_t)b.p;
    CHECK(sc_objs[b.c.obj].gen == (b.c.gen | SC_GEN_TRACK) && sc__imaps[b.c.obj] == 0);
    for (int i = 0; i < 100; i += 4)
        sc_chk(sc_add(b, i), 4, SC_WRITE, &S);
    CHECK(sc__imaps[b.c.obj] == (SC__PREFIX | 100));
    sc_chk(sc_add(b, 96), 4, SC_READ, &S); /* inside the prefix: no report */
    sc_chk(sc_add(b, 40), 8, SC_WRITE, &S); /* rewritten: nothing changes */
    CHECK(sc__imaps[b.c.obj] == (SC__PREFIX | 100));
    sc_win w = sc_win_of(b);
    CHECK(w.lo == base && w.hi == base + 100);
    w = sc_win_of(sc_add(b, 150)); /* at unwritten bytes: nothing */
    CHECK(w.lo > w.hi);
    sc_chk(sc_add(b, 200), 4, SC_WRITE, &S); /* a gap: the map */
    uint64_t v = sc__imaps[b.c.obj];
    CHECK(v != 0 && (v >> 62) == 0);
    sc_chk(sc_add(b, 0), 8, SC_READ, &S);
    sc_chk(sc_add(b, 92), 8, SC_READ, &S);
    sc_chk(sc_add(b, 200), 4, SC_READ, &S);
    w = sc_win_of(b);
    CHECK(w.lo == base && w.hi == base + 100);
    w = sc_win_of(sc_add(b, 201)); /* the written run, from where it points */
    CHECK(w.lo == base + 201 && w.hi == base + 204);
    for (int i = 100; i < 300; i++)
        sc_chk(sc_add(b, i), 1, SC_WRITE, &S);
    CHECK(sc_objs[b.c.obj].gen == b.c.gen); /* whole */
    sc_w_free(b, &S);

    sc_fat s = sc_w_malloc(100, NULL, &S); /* whole from its prefix alone */
    sc_chk(s, 50, SC_WRITE, &S);
    CHECK(sc__imaps[s.c.obj] == (SC__PREFIX | 50));
    sc_chk(sc_add(s, 50), 50, SC_WRITE, &S);
    CHECK(sc_objs[s.c.obj].gen == s.c.gen);
    sc_w_free(s, &S);
}

/* Which faults name the stack: below sp (a call's push), and above it
 * inside a big frame just made (Lua's luaV_execute first stores 4 KB
 * above sp); not far from it. */
static void test_stack_fault_classes(void)
{
    uintptr_t sp = (uintptr_t)0x7ffd00100000ull;
    CHECK(sc__stack_fault(sp - 8, sp));
    CHECK(sc__stack_fault(sp, sp));
    CHECK(sc__stack_fault(sp + 0x1000, sp));
    CHECK(sc__stack_fault(sp + 0x13a00, sp));
    CHECK(sc__stack_fault(sp - 60000, sp));
    CHECK(!sc__stack_fault(sp - 70000, sp));
    CHECK(!sc__stack_fault(sp + ((uintptr_t)2 << 20), sp));
    CHECK(!sc__stack_fault(0x1000, sp));
    CHECK(!sc__stack_fault(sp - 8, 0));
}

static void test_formats(void)
{
    char buf[3] = {'a', 'b', 'c'}; /* not terminated */
    sc_fat bf = sc_mk(buf, sc_reg(buf, 3, SC_K_STACK, "char[3]", &S));
    sc_fat lit = sc_mk("x", sc_reg("x", 2, SC_K_LITERAL, NULL, NULL));
    sc_fat fmt1 = sc_mk("%d %ld %5.2f %s %.3s %p %% %*d %c %Lf\n", (sc_cap){1, 0, 0, 0});
    sc_chk_printf(&S, fmt1, "ildppp" "iiiD", 1, 2L, 3.0, lit, bf, lit, 4, 5, 'c',
                  (long double)1);
    sc_chk_printf(&S, sc_mk("%2$s %1$d", (sc_cap){1, 0, 0, 0}), "ip", 7, lit);
    sc_chk_printf(&S, sc_mk("%s", (sc_cap){1, 0, 0, 0}), "p", sc_mk(NULL, SC_NOCAP));
    sc_chk_printf(&S, sc_mk("%hhd %zu %lld %jx %lc", (sc_cap){1, 0, 0, 0}), "illli", 1, 2L, 3L,
                  4L, 'x');
    sc_chk_printf(&S, sc_mk("%m plain", (sc_cap){1, 0, 0, 0}), "");
    sc_chk_printf(&S, sc_mk("%.*s|%-*.*s", (sc_cap){1, 0, 0, 0}), "ipiip", 3, bf, 5, 2, bf);
    sc_chk_printf(&S, sc_mk("no conversions", (sc_cap){1, 0, 0, 0}), "o"); /* extra args ok */
    struct {
        long a, b, c;
    } big = {1, 2, 3};
    /* an 'o' value may be passed or not: nothing after it is read */
    sc_chk_printf(&S, sc_mk("%d %s", (sc_cap){1, 0, 0, 0}), "ipo", 1, lit, big);
    sc_chk_printf(&S, sc_mk("%d %s", (sc_cap){1, 0, 0, 0}), "ipo", 1, lit);
    int i;
    double dd;
    char word[8];
    sc_fat fi = sc_mk(&i, sc_reg(&i, sizeof i, SC_K_STACK, "int", &S));
    sc_fat fd = sc_mk(&dd, sc_reg(&dd, sizeof dd, SC_K_STACK, "double", &S));
    sc_fat fw = sc_mk(word, sc_reg(word, sizeof word, SC_K_STACK, "char[8]", &S));
    sc_chk_scanf(&S, sc_mk("%d %lf %7s %*s %3c %7[^,]%%", (sc_cap){1, 0, 0, 0}), "ppppp", fi, fd,
                 fw, fw, fw);
    sc_chk_scanf(&S, sc_mk("%7[a-z] %2$d", (sc_cap){1, 0, 0, 0}), "pp", fw, fi);
    sc_chk_dst(&S, fw, 8);
    sc_scope_end(&fi.c);
    sc_scope_end(&fd.c);
    sc_scope_end(&fw.c);
    sc_scope_end(&bf.c);
}

/* setjmp/longjmp end the stack objects of the frames they skip */
static jmp_buf jb;
static sc_cap deep_cap;
static __attribute__((noinline)) void deep(int n)
{
    char local[32];
    __attribute__((cleanup(sc_kill_return))) sc_cap c =
        sc_reg(local, sizeof local, SC_K_STACK, "char[32]", &S);
    if (n < 0)
        return;
    if (n == 0) {
        deep_cap = c;
        sc_longjmp_prepare(jb, &S);
        longjmp(jb, 1);
    }
    deep(n - 1);
    __asm__ volatile("" ::"r"(local) : "memory");
}

static void test_longjmp(void)
{
    char mine[16];
    __attribute__((cleanup(sc_kill_return))) sc_cap mc =
        sc_reg(mine, sizeof mine, SC_K_STACK, "char[16]", &S);
    volatile int jumped = 0;
    if ((sc_setjmp_mark(jb), setjmp(jb)) == 0) {
        deep(5);
    } else {
        jumped = 1;
    }
    CHECK(jumped);
    CHECK(!cap_live(deep_cap));
    CHECK(cap_live(mc));
    sc_obj o;
    CHECK(sc__describe(deep_cap, &o) == SC_FOUND_DEAD && (o.flags & SC_F_RETURNED));
}

static sc_cap thread_cap;
static void *thread_body(void *arg)
{
    char local[8];
    thread_cap = sc_reg(local, sizeof local, SC_K_STACK, "char[8]", &S);
    /* exits without ending its scope: the thread exit does it */
    return arg;
}

static void *churn(void *arg)
{
    (void)arg;
    sc_fat keep[64] = {{0}};
    for (int i = 0; i < 20000; i++) {
        int k = i % 64;
        if (keep[k].p)
            sc_w_free(keep[k], &S);
        keep[k] = sc_w_malloc((size_t)(i % 200), NULL, &S);
        char tmp[16];
        sc_cap t = sc_reg(tmp, sizeof tmp, SC_K_STACK, NULL, NULL);
        sc_scope_end(&t);
    }
    for (int k = 0; k < 64; k++)
        sc_w_free(keep[k], &S);
    return NULL;
}

/* Lazy indexing: lookups by address from one thread must find the objects
 * other threads registered (and only live ones) while those threads keep
 * registering and killing objects that were never looked up. */
static volatile int lookups_done;
static sc_fat handoff[64];
static void *lookup_churn(void *arg)
{
    (void)arg;
    sc_fat keep[128] = {{0}};
    for (int i = 0; i < 30000; i++) {
        int k = i % 128;
        if (keep[k].p) {
            if (i % 7 == 0) { /* force a flush while others churn */
                sc_cap got = sc_lookup_cap(keep[k].p);
                CHECK(cap_eq(got, keep[k].c));
            }
            sc_w_free(keep[k], &S);
        }
        keep[k] = sc_w_malloc((size_t)(1 + i % 100), NULL, &S);
        char tmp[16];
        sc_cap t = sc_reg(tmp, sizeof tmp, SC_K_STACK, NULL, NULL);
        if (i % 11 == 0)
            CHECK(cap_eq(sc_lookup_cap(tmp + 3), t));
        sc_scope_end(&t);
        CHECK(sc_lookup_cap(tmp + 3).obj != t.obj || !cap_live(t));
    }
    for (int k = 0; k < 128; k++)
        sc_w_free(keep[k], &S);
    return NULL;
}

static void *handoff_producer(void *arg)
{
    (void)arg;
    for (int k = 0; k < 64; k++)
        __atomic_store_n(&handoff[k].c.obj, 0, __ATOMIC_RELAXED);
    for (int k = 0; k < 64; k++) {
        sc_fat f = sc_w_malloc(32, "handed", &S);
        handoff[k].p = f.p;
        handoff[k].c.gen = f.c.gen;
        handoff[k].c.lo = f.c.lo;
        handoff[k].c.hi = f.c.hi;
        __atomic_store_n(&handoff[k].c.obj, f.c.obj, __ATOMIC_RELEASE);
    }
    while (!__atomic_load_n(&lookups_done, __ATOMIC_ACQUIRE))
        sched_yield();
    return NULL;
}

static void test_threads_lazy_index(void)
{
    pthread_t p;
    pthread_create(&p, NULL, handoff_producer, NULL);
    for (int k = 0; k < 64; k++) {
        while (!__atomic_load_n(&handoff[k].c.obj, __ATOMIC_ACQUIRE))
            sched_yield();
        /* registered by another thread, never looked up there */
        CHECK(cap_eq(sc_lookup_cap((char *)handoff[k].p + 31), handoff[k].c));
        sc_w_free(handoff[k], &S); /* killed here after it entered the index */
        CHECK(sc_lookup_cap(handoff[k].p).obj != handoff[k].c.obj || !cap_live(handoff[k].c));
    }
    __atomic_store_n(&lookups_done, 1, __ATOMIC_RELEASE);
    pthread_join(p, NULL);
    pthread_t ts[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&ts[i], NULL, lookup_churn, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(ts[i], NULL);
    /* an object killed before any lookup never shows up */
    char *b = malloc(40);
    sc_cap c = sc_reg(b, 40, SC_K_HEAP, NULL, NULL);
    sc_kill(c, NULL);
    CHECK(sc_lookup_cap(b + 5).obj == 1);
    free(b);
}

static void test_threads(void)
{
    pthread_t t;
    pthread_create(&t, NULL, thread_body, NULL);
    pthread_join(t, NULL);
    CHECK(thread_cap.obj > 1 && !cap_live(thread_cap));
    pthread_t ts[4];
    for (int i = 0; i < 4; i++)
        pthread_create(&ts[i], NULL, churn, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(ts[i], NULL);
}

static void test_argv(void)
{
    char a0[] = "prog", a1[] = "--flag";
    char *argv[] = {a0, a1, NULL};
    sc_fat av = sc_main_argv(2, argv);
    CHECK(av.p == argv && av.c.hi == 3 * sizeof(char *));
    sc_fat s1 = sc_load_ptr(&argv[1]);
    CHECK(s1.p == a1 && s1.c.hi == 7 && sc_objs[s1.c.obj].kind == SC_K_ARGV);
    CHECK(sc_chk(sc_add(av, 8), 8, 0, &S) == &argv[1]);
    extern char **environ;
    sc_fat env = sc_load_ptr(&environ);
    CHECK(env.p == environ && cap_live(env.c));
    CHECK(cap_live(sc_main_envp(environ).c));
    if (environ[0]) {
        sc_fat e0 = sc_load_ptr(&environ[0]);
        CHECK(e0.p == environ[0] && e0.c.hi == strlen(environ[0]) + 1);
    }
}

static void test_names(void)
{
    CHECK(strcmp(sc_violation_name(SC_V_HEAP_OVERFLOW), "heap-buffer-overflow") == 0);
    CHECK(strcmp(sc_violation_name(SC_V_FORMAT), "format-violation") == 0);
    CHECK(strcmp(sc_violation_name(SC_V_MEMCPY_OVERLAP), "memcpy-param-overlap") == 0);
    for (int k = SC_V_HEAP_OVERFLOW; k <= SC_V_MEMCPY_OVERLAP; k++)
        CHECK(strcmp(sc_violation_name(k), "violation") != 0);
}

/* ------------------------------------------------------------ death scenarios */

static const sc_site D = {"test_rt.c", "scenario", 3, 5};

static void d_heap_overflow(void)
{
    sc_fat p = sc_w_malloc(40, "int[10]", &D);
    *(int *)sc_chk(sc_add(p, 40), 4, 1, &D) = 1;
}
static void d_heap_underflow(void)
{
    sc_fat p = sc_w_malloc(40, "int[10]", &D);
    (void)*(volatile int *)sc_chk(sc_add(p, -4), 4, 0, &D);
}
static void d_stack_overflow(void)
{
    char buf[8];
    __attribute__((cleanup(sc_kill_return))) sc_cap c =
        sc_reg(buf, sizeof buf, SC_K_STACK, "char[8]", &D);
    sc_w_strcpy(sc_mk(buf, c), sc_mk("too long for it", (sc_cap){1, 0, 0, 0}), &D);
}
static void d_global_overflow(void)
{
    static long g[2];
    sc_cap c = sc_reg(g, sizeof g, SC_K_GLOBAL, "long[2]", &D);
    (void)*(volatile long *)sc_chk(sc_mk(&g[2], c), 8, 0, &D);
}
static void d_subobject(void)
{
    struct {
        char name[8];
        int id;
    } s;
    sc_cap c = sc_reg(&s, sizeof s, SC_K_STACK, "struct rec", &D);
    sc_fat name = sc_narrow(sc_mk(&s, c), 0, 8);
    *(char *)sc_chk(sc_add(name, 8), 1, 1, &D) = 'x';
}
static void d_uaf(void)
{
    sc_fat p = sc_w_malloc(16, "struct node", &D);
    sc_w_free(p, &D);
    (void)*(volatile int *)sc_chk(p, 4, 0, &D);
}
static void d_uaf_reused(void)
{
    sc_fat p = sc_w_malloc(16, "struct node", &D);
    sc_w_free(p, &D);
    /* the block and its record are reused at once (most recently freed
     * first), then 99 times more: fewer than SC_GRAVES, its grave is kept */
    for (int i = 0; i < 100; i++)
        sc_w_free(sc_w_malloc(8, NULL, &D), &D);
    (void)*(volatile int *)sc_chk(p, 4, 0, &D);
}
static void d_realloc_stale(void)
{
    sc_fat p = sc_w_malloc(16, NULL, &D);
    sc_fat q = sc_w_realloc(p, 32, &D);
    (void)q;
    *(int *)sc_chk(p, 4, 1, &D) = 0;
}
static void d_realloc_in_place_stale(void)
{
    sc_fat p = sc_w_malloc(20, NULL, &D);
    sc_w_memset(p, 0, 20, &D);
    /* the same size class: in place when run alone (forked from the unit
     * tests, whose address index is in use, it moves) */
    sc_fat q = sc_w_realloc(p, 24, &D);
    (void)q;
    *(int *)sc_chk(p, 4, 1, &D) = 0;
}
static sc_fat escaped;
static __attribute__((noinline)) void leak_local(void)
{
    int x = 1;
    __attribute__((cleanup(sc_kill_return))) sc_cap c = sc_reg(&x, sizeof x, SC_K_STACK, "int", &D);
    escaped = sc_mk(&x, c);
}
static void d_uninit_past_prefix(void)
{
    sc_fat p = sc_w_malloc(300, NULL, &D);
    for (int i = 0; i < 100; i++)
        sc_chk(sc_add(p, i), 1, SC_WRITE, &D);
    (void)*(volatile int *)sc_chk(sc_add(p, 98), 4, SC_READ, &D);
}
static void d_use_after_return(void)
{
    leak_local();
    (void)*(volatile int *)sc_chk(escaped, 4, 0, &D);
}
static void d_use_after_scope(void)
{
    {
        int x = 1;
        __attribute__((cleanup(sc_scope_end))) sc_cap c =
            sc_reg(&x, sizeof x, SC_K_STACK, "int", &D);
        escaped = sc_mk(&x, c);
    }
    (void)*(volatile int *)sc_chk(escaped, 4, 0, &D);
}
static void d_double_free(void)
{
    sc_fat p = sc_w_malloc(16, NULL, &D);
    sc_w_free(p, &D);
    sc_w_free(p, &D);
}
static void d_invalid_free_interior(void)
{
    sc_fat p = sc_w_malloc(16, NULL, &D);
    sc_w_free(sc_add(p, 4), &D);
}
static void d_invalid_free_stack(void)
{
    int x;
    sc_cap c = sc_reg(&x, sizeof x, SC_K_STACK, "int", &D);
    sc_w_free(sc_mk(&x, c), &D);
}
static void d_null(void)
{
    (void)*(volatile int *)sc_chk(sc_mk(NULL, SC_NOCAP), 4, 0, &D);
}
static void d_forged(void)
{
    sc_fat p = sc_w_malloc(16, NULL, &D);
    sc_fat f = sc_from_int((uintptr_t)p.p); /* never exposed */
    (void)*(volatile int *)sc_chk(f, 4, 0, &D);
}
static void d_forged_slot(void)
{
    /* a pointer's bytes written as data into a safe object's slot */
    static int target;
    sc_reg(&target, sizeof target, SC_K_GLOBAL, "int", &D);
    sc_fat h = sc_w_malloc(sizeof(void *), "int *", &D);
    *(uintptr_t *)h.p = (uintptr_t)&target;
    (void)*(volatile int *)sc_chk(sc_load_ptr(h.p), 4, 0, &D);
}
static void d_cfv_data(void)
{
    static char g[16];
    sc_cap c = sc_reg(g, sizeof g, SC_K_GLOBAL, "char[16]", &D);
    sc_chk_call(sc_mk(g, c), 1, &D);
}
static void d_cfv_offset(void)
{
    sc_cap c = sc_reg_func((void *)func_a, 7, "func_a");
    sc_chk_call(sc_mk((char *)func_a + 4, c), 7, &D);
}
static void d_cfv_type(void)
{
    sc_cap c = sc_reg_func((void *)func_a, 7, "func_a");
    sc_chk_call(sc_mk((void *)func_a, c), 8, &D);
}
static void d_cfv_forged(void) { sc_chk_call(sc_mk((void *)func_a, SC_NOCAP), 7, &D); }
static void d_null_far_field(void)
{
    *(int *)sc_chk(sc_mk((void *)0x10000, SC_NOCAP), 4, 1, &D) = 1;
}
static void d_sub_leaves_object(void)
{
    struct {
        int id;
        char name[8];
    } s;
    sc_cap c = sc_reg(&s, sizeof s, SC_K_STACK, "struct rec", &D);
    sc_fat name = sc_narrow(sc_mk(&s, c), 4, 8);
    *(char *)sc_chk(sc_add(name, 8), 1, 1, &D) = 'x'; /* past the struct, not just the field */
}
static void d_call_null(void) { sc_chk_call(sc_mk(NULL, SC_NOCAP), 7, &D); }
static void d_fmt_missing(void)
{
    sc_chk_printf(&D, sc_mk("%d %d\n", (sc_cap){1, 0, 0, 0}), "i", 1);
}
static void d_fmt_s_int(void)
{
    sc_chk_printf(&D, sc_mk("%s\n", (sc_cap){1, 0, 0, 0}), "i", 1);
}
static void d_fmt_n(void)
{
    /* %n stores an int: through a 2-byte object that is an overflow */
    short n;
    sc_fat f = sc_mk(&n, sc_reg(&n, sizeof n, SC_K_STACK, "short", &D));
    sc_chk_printf(&D, sc_mk("ab%n\n", (sc_cap){1, 0, 0, 0}), "p", f);
}
static void d_fmt_after_o(void)
{
    struct {
        long a, b, c;
    } big = {1, 2, 3};
    sc_chk_printf(&D, sc_mk("%d %3$s", (sc_cap){1, 0, 0, 0}), "iop", 1, big,
                  sc_mk("x", (sc_cap){1, 0, 0, 0}));
}
static void d_fmt_star_negative(void)
{
    char b[3] = {'a', 'b', 'c'};
    sc_fat f = sc_mk(b, sc_reg(b, 3, SC_K_STACK, "char[3]", &D));
    sc_chk_printf(&D, sc_mk("%.*s", (sc_cap){1, 0, 0, 0}), "ip", -1, f);
}
static void d_fmt_long_for_int(void)
{
    sc_chk_printf(&D, sc_mk("%ld items\n", (sc_cap){1, 0, 0, 0}), "i", 5);
}
static void d_fmt_double_for_int(void)
{
    sc_chk_printf(&D, sc_mk("%d\n", (sc_cap){1, 0, 0, 0}), "d", 1.5);
}
static void d_fmt_unterminated(void)
{
    sc_fat p = sc_w_malloc(4, "char[4]", &D);
    sc_w_memcpy(p, sc_mk("abcd", (sc_cap){1, 0, 0, 0}), 4, &D); /* written: not an uninit read */
    sc_chk_printf(&D, sc_mk("%s\n", (sc_cap){1, 0, 0, 0}), "p", p);
}
static void d_scanf_nowidth(void)
{
    char w[8];
    sc_fat f = sc_mk(w, sc_reg(w, 8, SC_K_STACK, "char[8]", &D));
    sc_chk_scanf(&D, sc_mk("%s", (sc_cap){1, 0, 0, 0}), "p", f);
}
static void d_scanf_too_wide(void)
{
    char w[8];
    sc_fat f = sc_mk(w, sc_reg(w, 8, SC_K_STACK, "char[8]", &D));
    sc_chk_scanf(&D, sc_mk("%8s", (sc_cap){1, 0, 0, 0}), "p", f);
}
static void d_scanf_long_into_int(void)
{
    int i;
    sc_fat f = sc_mk(&i, sc_reg(&i, 4, SC_K_STACK, "int", &D));
    sc_chk_scanf(&D, sc_mk("%ld", (sc_cap){1, 0, 0, 0}), "p", f);
}
static void d_strlen_unterminated(void)
{
    static char g[4] = {'a', 'b', 'c', 'd'};
    sc_cap c = sc_reg(g, sizeof g, SC_K_GLOBAL, "char[4]", &D);
    sc_w_strlen(sc_mk(g, c), &D);
}
static void d_memcpy_overlap(void)
{
    sc_fat p = sc_w_malloc(32, NULL, &D);
    sc_w_memcpy(sc_add(p, 4), p, 16, &D);
}
static void d_memcpy_dst(void)
{
    sc_fat d = sc_w_malloc(10, NULL, &D), s = sc_w_malloc(20, NULL, &D);
    sc_w_memcpy(d, s, 20, &D);
}
static void d_dst_sprintf(void)
{
    char b[4];
    sc_fat f = sc_mk(b, sc_reg(b, 4, SC_K_STACK, "char[4]", &D));
    sc_chk_dst(&D, f, 6);
}
static const sc_site S_bad = {"test_rt.c", "bad_cmp", 4, 1};
static int bad_cmp(const void *a, const void *b)
{
    sc_fat fa = sc_param((void *)a, 0, (void *)bad_cmp);
    (void)b;
    *(int *)sc_chk(sc_add(fa, 4), 4, 1, &S_bad) = 0; /* writes into the next element */
    return 0;
}
static void d_qsort_cmp_writes(void)
{
    sc_fat a = sc_w_calloc(8, sizeof(int), "int[8]", &D);
    sc_w_qsort(a, 8, sizeof(int), sc_mk((void *)bad_cmp, sc_reg_func((void *)bad_cmp, 0, NULL)),
               &D);
}
static void d_qsort_bad_cmp(void)
{
    static char notfn[4];
    sc_fat a = sc_w_calloc(8, sizeof(int), "int[8]", &D);
    sc_w_qsort(a, 8, sizeof(int), sc_mk(notfn, sc_reg(notfn, 4, SC_K_GLOBAL, NULL, NULL)), &D);
}
static jmp_buf jb2;
static __attribute__((noinline)) void set_and_return(void)
{
    sc_setjmp_mark(jb2);
    if (setjmp(jb2))
        _exit(1);
}
static void d_longjmp_returned(void)
{
    set_and_return();
    sc_longjmp_prepare(jb2, &D);
    longjmp(jb2, 1);
}
static void d_uninit(void)
{
    sc_report(SC_V_UNINITIALIZED_READ, &D, SC_NOCAP, NULL, "read of 4 uninitialized bytes");
}
static void d_flush_stdout(void)
{
    printf("partial output");
    d_null();
}

typedef struct scenario {
    const char *name;
    void (*run)(void);
    const char *expect; /* prefix of the first stderr line */
} scenario;

static const scenario SCENARIOS[] = {
    {"heap_overflow", d_heap_overflow,
     "safec: heap-buffer-overflow: write of 4 bytes, 0 bytes past the end of a 40-byte heap "
     "block"},
    {"heap_underflow", d_heap_underflow,
     "safec: heap-buffer-overflow: read of 4 bytes, 4 bytes before the beginning of a 40-byte"},
    {"stack_overflow", d_stack_overflow, "safec: stack-buffer-overflow: write of 16 bytes"},
    {"global_overflow", d_global_overflow,
     "safec: global-buffer-overflow: read of 8 bytes, 0 bytes past the end of a 16-byte"},
    {"subobject", d_subobject, "safec: sub-object-overflow: write of 1 byte, 0 bytes past the end "
                               "of an 8-byte sub-object"},
    {"uaf", d_uaf, "safec: use-after-free: read of 4 bytes at offset 0 of a 16-byte freed heap"},
    {"uaf_reused", d_uaf_reused, "safec: use-after-free: read of 4 bytes at offset 0 of a 16-byte"},
    {"realloc_stale", d_realloc_stale, "safec: use-after-free: write of 4 bytes"},
    {"realloc_in_place_stale", d_realloc_in_place_stale,
     "safec: use-after-free: write of 4 bytes"},
    {"use_after_return", d_use_after_return, "safec: use-after-return: read of 4 bytes"},
    {"use_after_scope", d_use_after_scope, "safec: use-after-scope: read of 4 bytes"},
    {"double_free", d_double_free, "safec: double-free: free of a 16-byte heap block"},
    {"invalid_free_interior", d_invalid_free_interior,
     "safec: invalid-free: free of a pointer 4 bytes into a 16-byte heap block"},
    {"invalid_free_stack", d_invalid_free_stack,
     "safec: invalid-free: free of a 4-byte stack object, not a heap block"},
    {"null", d_null, "safec: null-dereference: read of 4 bytes"},
    {"forged", d_forged, "safec: forged-pointer: read of 4 bytes through a pointer without "
                         "capability"},
    {"forged_slot", d_forged_slot, "safec: forged-pointer: read of 4 bytes"},
    {"cfv_data", d_cfv_data, "safec: control-flow-violation: call through a pointer to data"},
    {"cfv_offset", d_cfv_offset, "safec: control-flow-violation: call to offset +4 into function "
                                 "func_a"},
    {"cfv_type", d_cfv_type, "safec: control-flow-violation: call of function func_a (type #7)"},
    {"cfv_forged", d_cfv_forged, "safec: control-flow-violation: call through a pointer without"},
    {"call_null", d_call_null, "safec: null-dereference: call through a null function pointer"},
    {"null_far_field", d_null_far_field, "safec: null-dereference: write of 4 bytes at address "
                                         "0x10000 (null pointer plus an offset)"},
    {"sub_leaves_object", d_sub_leaves_object,
     "safec: stack-buffer-overflow: write of 1 byte, 0 bytes past the end of a 12-byte stack"},
    {"fmt_missing", d_fmt_missing, "safec: format-violation: printf format \"%d %d\\n\": too few"},
    {"fmt_s_int", d_fmt_s_int, "safec: format-violation: printf format \"%s\\n\": '%s' needs a "
                               "string, argument 1 is an int"},
    {"fmt_n", d_fmt_n, "safec: stack-buffer-overflow: write of 4 bytes"},
    {"fmt_double_for_int", d_fmt_double_for_int, "safec: format-violation:"},
    {"fmt_long_for_int", d_fmt_long_for_int, "safec: format-violation: printf format \"%ld "
                                             "items\\n\": '%ld' needs an 8-byte integer, "
                                             "argument 1 is an int"},
    {"fmt_star_negative", d_fmt_star_negative,
     "safec: stack-buffer-overflow: read of 1 byte, 0 bytes past the end of a 3-byte"},
    {"fmt_after_o", d_fmt_after_o, "safec: format-violation: printf format \"%d %3$s\": '%3$s': "
                                   "argument 3 comes after a non-scalar argument"},
    {"fmt_unterminated", d_fmt_unterminated,
     "safec: heap-buffer-overflow: read of 1 byte, 0 bytes past the end of a 4-byte heap block"},
    {"scanf_nowidth", d_scanf_nowidth, "safec: format-violation: scanf format \"%s\": '%s' "
                                       "without a field width"},
    {"scanf_too_wide", d_scanf_too_wide, "safec: stack-buffer-overflow: write of 9 bytes"},
    {"scanf_long_into_int", d_scanf_long_into_int, "safec: stack-buffer-overflow: write of 8"},
    {"strlen_unterminated", d_strlen_unterminated,
     "safec: global-buffer-overflow: read of 1 byte, 0 bytes past the end of a 4-byte"},
    {"memcpy_overlap", d_memcpy_overlap, "safec: memcpy-param-overlap: memcpy: destination"},
    {"memcpy_dst", d_memcpy_dst, "safec: heap-buffer-overflow: write of 20 bytes at offset 0 of "
                                 "a 10-byte heap block, 10 bytes past its end"},
    {"dst_sprintf", d_dst_sprintf, "safec: stack-buffer-overflow: write of 6 bytes"},
    {"qsort_cmp_writes", d_qsort_cmp_writes, "safec: sub-object-overflow: write of 4 bytes, 0 "
                                             "bytes past the end of a 4-byte sub-object"},
    {"qsort_bad_cmp", d_qsort_bad_cmp, "safec: control-flow-violation: call through a pointer "
                                       "to data"},
    {"longjmp_returned", d_longjmp_returned, "safec: use-after-return: longjmp through a jmp_buf"},
    {"uninit", d_uninit, "safec: uninitialized-read: read of 4 uninitialized bytes"},
    {"uninit_past_prefix", d_uninit_past_prefix,
     "safec: uninitialized-read: read of 4 bytes at offset 98 of a 300-byte heap block; 2 of "
     "them never written, the first at offset 100"},
    {"flush_stdout", d_flush_stdout, "safec: null-dereference"},
};
#define NSCEN (sizeof SCENARIOS / sizeof *SCENARIOS)

/* Fork, run the scenario with stderr on a pipe, check first line + status. */
static void run_death(const scenario *s)
{
    int pfd[2];
    if (pipe(pfd) != 0)
        abort();
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pfd[1], 2);
        close(pfd[0]);
        freopen("/dev/null", "w", stdout);
        setenv("SAFEC_NO_STACK", "1", 1); /* keep the forked runs fast */
        s->run();
        _exit(0); /* no report: the parent sees exit 0 */
    }
    close(pfd[1]);
    char out[8192];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof out - 1 && (r = read(pfd[0], out + n, sizeof out - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = 0;
    close(pfd[0]);
    int st;
    waitpid(pid, &st, 0);
    bool ok = WIFEXITED(st) && WEXITSTATUS(st) == 86 && strncmp(out, s->expect, strlen(s->expect)) == 0;
    if (!ok) {
        fprintf(stderr, "FAIL death %s: status %d, stderr:\n%s\n  expected prefix: %s\n", s->name,
                WIFEXITED(st) ? WEXITSTATUS(st) : -1, out, s->expect);
        failures++;
    }
}

/* realloc within a small block's size class (41..48 bytes): in place,
 * with a new capability; a shrink drops the pointers past the new end and
 * a regrowth's new bytes are unwritten.  First of the tests: the quick
 * paths of free and realloc are for a process of one thread whose address
 * index was never needed (test_expose needs it). */
static void test_realloc_in_place(void)
{
    sc_fat f = sc_w_malloc(8, NULL, &S);
    sc_cap sc = f.c;
    sc_fat r1 = sc_w_malloc(48, NULL, &S);
    sc_w_memset(r1, 'x', 48, &S);
    sc_store_ptr((char *)r1.p + 32, f);
    sc_store_ptr((char *)r1.p + 40, f);
    sc_fat r2 = sc_w_realloc(r1, 44, &S);
    CHECK(r2.p == r1.p && r2.c.hi == 44 && !cap_live(r1.c) && cap_live(r2.c));
    CHECK(cap_eq(sc_load_ptr((char *)r2.p + 32).c, sc)); /* kept with the bytes */
    sc_fat r3 = sc_w_realloc(r2, 48, &S);
    CHECK(r3.p == r1.p && r3.c.hi == 48 && !cap_live(r2.c) && cap_live(r3.c));
    CHECK(!cap_eq(sc_load_ptr((char *)r3.p + 40).c, sc));
    CHECK(sc_copied_init_slow((char *)r3.p, sc_capw_of(r3.c), 44, 0) &&
          !sc_copied_init_slow((char *)r3.p + 44, sc_capw_of(r3.c), 4, 1));
    sc_fat r4 = sc_w_realloc(r3, 64, &S); /* another class: moves */
    CHECK(r4.p != r1.p && r4.c.hi == 64 && !cap_live(r3.c) &&
          cap_eq(sc_load_ptr((char *)r4.p + 32).c, sc));
    sc_w_free(r4, &S);
    sc_w_free(f, &S);
}

/* memset over a whole new block makes it whole at once; over part of it,
 * only those bytes are written. */
static void test_memset_whole(void)
{
    sc_fat m = sc_w_malloc(40, NULL, &S);
    CHECK(sc_objs[m.c.obj].gen == (m.c.gen | SC_GEN_TRACK));
    sc_w_memset(m, 0, 40, &S);
    CHECK(sc_objs[m.c.obj].gen == m.c.gen);
    sc_fat part = sc_w_malloc(40, NULL, &S);
    sc_w_memset(sc_add(part, 8), 0, 32, &S);
    CHECK(sc_objs[part.c.obj].gen == (part.c.gen | SC_GEN_TRACK));
    CHECK(sc_copied_init_slow((char *)part.p + 8, sc_capw_of(part.c), 32, 0) &&
          !sc_copied_init_slow(part.p, sc_capw_of(part.c), 8, 1));
    sc_w_free(part, &S);
    sc_w_free(m, &S);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--deaths") == 0) {
        for (size_t i = 0; i < NSCEN; i++)
            printf("%s\t%s\n", SCENARIOS[i].name, SCENARIOS[i].expect);
        return 0;
    }
    if (argc > 1) {
        for (size_t i = 0; i < NSCEN; i++)
            if (strcmp(argv[1], SCENARIOS[i].name) == 0) {
                SCENARIOS[i].run();
                return 0;
            }
        fprintf(stderr, "no scenario %s\n", argv[1]);
        return 2;
    }
    test_realloc_in_place();
    test_memset_whole();
    test_records();
    test_index();
    test_expose();
    test_functions();
    test_shadow();
    test_wrappers();
    test_tracked_member_window();
    test_prefix_state();
    test_stack_fault_classes();
    test_formats();
    test_longjmp();
    test_threads();
    test_threads_lazy_index();
    test_argv();
    test_names();
    for (size_t i = 0; i < NSCEN; i++)
        run_death(&SCENARIOS[i]);
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("ok: runtime unit tests and %zu death tests passed\n", NSCEN);
    return 0;
}
