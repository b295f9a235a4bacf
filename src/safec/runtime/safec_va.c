/* safec_va.c — checked variadic arguments, and uninitialized locals.
 *
 * A call to a safe variadic function leaves, in thread-local sc_va_desc, one
 * class character per variadic argument ('i' int-sized, 'l' 8-byte integer,
 * 'd' double, 'D' long double, 'p' pointer, 'o' other); the callee copies it
 * (and the arguments' capabilities) into an sc_va at entry.  va_start binds
 * the va_list's address to its own sc_va, so a va_list handed to another
 * safe function (vfoo(fmt, ap)) is still checked there.  va_arg then may not
 * read past the arguments passed or read one as another class.
 */
#include "safec_rt.h"

#include <string.h>

__thread const char *sc_va_desc;

#define SC_VA_BINDINGS 32
static __thread struct {
    const void *ap;
    sc_va *st;
} sc_va_bound[SC_VA_BINDINGS];
static __thread unsigned sc_va_next_slot;

void sc_va_enter(sc_va *st, void *self, unsigned nfixed)
{
    memset(st, 0, sizeof *st);
    if (sc_argfn != self || !sc_va_desc) {
        st->desc = 0; /* called from regular C or through an unknown path */
        return;
    }
    st->desc = sc_va_desc;
    st->n = (unsigned)strlen(sc_va_desc);
    for (unsigned k = 0; k < st->n && nfixed + k < SC_MAXARGS && k < SC_VA_MAXCAPS; k++)
        st->caps[k] = sc_argcap[nfixed + k];
    sc_va_desc = 0;
}

void sc_va_bind(const void *ap, sc_va *st)
{
    for (unsigned i = 0; i < SC_VA_BINDINGS; i++)
        if (sc_va_bound[i].ap == ap) {
            sc_va_bound[i].st = st;
            return;
        }
    unsigned i = sc_va_next_slot++ % SC_VA_BINDINGS;
    sc_va_bound[i].ap = ap;
    sc_va_bound[i].st = st;
}

void sc_va_unbind(const void *ap)
{
    for (unsigned i = 0; i < SC_VA_BINDINGS; i++)
        if (sc_va_bound[i].ap == ap)
            sc_va_bound[i].ap = 0;
}

sc_va *sc_va_lookup(const void *ap)
{
    for (unsigned i = 0; i < SC_VA_BINDINGS; i++)
        if (sc_va_bound[i].ap == ap)
            return sc_va_bound[i].st;
    return 0;
}

static const char *sc_va_class_name(char c)
{
    switch (c) {
    case 'i': return "an int";
    case 'l': return "a long";
    case 'd': return "a double";
    case 'D': return "a long double";
    case 'p': return "a pointer";
    default: return "an aggregate";
    }
}

sc_cap sc_va_next(sc_va *st, char cls, const sc_site *site)
{
    if (!st || !st->desc)
        return (sc_cap){1, 0, 0, 0}; /* unknown: the wild capability */
    unsigned i = st->i++;
    if (i >= st->n)
        sc_report(SC_V_VARARG, site, SC_NOCAP, 0,
                  "va_arg reads variadic argument %u, but only %u %s passed", i + 1, st->n,
                  st->n == 1 ? "was" : "were");
    char have = st->desc[i];
    if (have != cls && have != 'o' && cls != 'o')
        sc_report(SC_V_VARARG, site, SC_NOCAP, 0,
                  "va_arg reads variadic argument %u as %s, but %s was passed", i + 1,
                  sc_va_class_name(cls), sc_va_class_name(have));
    if (cls == 'p' && i < SC_VA_MAXCAPS)
        return st->caps[i];
    return (sc_cap){1, 0, 0, 0};
}

/* A read of a scalar local whose initialization flag is still clear. */
void sc_uninit_local(const sc_site *site, const char *name)
{
    sc_report(SC_V_UNINITIALIZED_READ, site, SC_NOCAP, 0,
              "read of local variable '%s' before any value was assigned to it", name);
}
