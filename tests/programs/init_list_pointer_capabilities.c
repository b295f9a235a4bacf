/* Pointers in brace initializers get the capability of the expression that
 * wrote them, not of whatever object their address falls in: an end
 * pointer `buf + sizeof buf` is often the address of the next object.
 * Static objects (a table of strings, a global range), static locals and
 * locals, nested lists, a union the list does not write a pointer to. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct range {
    char *b, *e;
};

char g1[8] = "1234567";
char g2[8] = "abcdefg";
struct range gr = { g1, g1 + 8 };
struct range grs[2] = { { g2, g2 + sizeof g2 }, { g1 + 1, g1 + 7 } };
static const char *const names[] = { "alpha", "beta", "gamma", NULL };

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int (*const ops[])(int) = { inc, dbl, inc };

struct tagged {
    union {
        long x;
        char *p;
    } u;
    char *q;
};

static unsigned sum_back(struct range r)
{
    unsigned s = 0;
    while (r.e > r.b)
        s = s * 31 + (unsigned char)*--r.e;
    return s;
}

static char *fill(size_t n, char c)
{
    char *p = malloc(n);
    if (p)
        memset(p, c, n);
    return p;
}

static const char *last_name(void)
{
    static const char *const tbl[] = { "x", "yy", "zzz" };
    static const char *const *const end = tbl + 3;
    return end[-1];
}

int main(void)
{
    char buf[8] = "ABCDEFG";
    char buf2[8] = "HIJKLMN";
    struct range r = { buf, buf + 8 };
    struct range rs[2] = { { buf2, buf2 + 8 }, { buf + 2, buf + 4 } };
    struct tagged t = { { 5 }, g1 };
    struct range h = { fill(16, 'q'), NULL };
    h.e = h.b + 16;
    printf("%c %c %c %c\n", gr.e[-2], r.e[-2], grs[0].e[-2], rs[0].e[-3]);
    printf("%u %u %u %u %u\n", sum_back(gr), sum_back(r), sum_back(grs[1]), sum_back(rs[1]),
           sum_back(h));
    int v = 3;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        v = ops[i](v);
    size_t len = 0;
    for (const char *const *n = names; *n; n++)
        len += strlen(*n);
    printf("%d %zu %s %ld %c\n", v, len, last_name(), t.u.x, t.q[6]);
    free(h.b);
    printf("%d\n", (int)(buf2[0] + g2[0]));
    return 0;
}

/* EXPECT-STDOUT:
7 G g M
3164582708 658107716 1626103965 2175 2520486144
9 14 zzz 5 7
169
*/
