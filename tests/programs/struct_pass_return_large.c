#include <stdio.h>
#include <string.h>

struct big { int vals[32]; char tag[24]; double weight; };

static struct big make_big(int seed, const char *tag) {
    struct big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 32; i++) b.vals[i] = seed * i - 50;
    strncpy(b.tag, tag, sizeof b.tag - 1);
    b.weight = seed / 4.0;
    return b;
}

static long total(struct big b) {
    long s = 0;
    for (int i = 0; i < 32; i++) s += b.vals[i];
    b.vals[0] = 12345; /* modifies the copy only */
    return s;
}

static struct big combine(struct big a, struct big b) {
    struct big r = a;
    for (int i = 0; i < 32; i++) r.vals[i] += b.vals[i];
    r.weight += b.weight;
    size_t used = strlen(r.tag);
    size_t add = strlen(b.tag);
    if (used + 1 + add >= sizeof r.tag) add = sizeof r.tag - used - 2;
    r.tag[used] = '+';
    memcpy(r.tag + used + 1, b.tag, add);
    r.tag[used + 1 + add] = '\0';
    return r;
}

static struct big identity(struct big b) { return b; }

int main(void) {
    struct big a = make_big(3, "alpha");
    struct big b = make_big(7, "beta");
    printf("a total=%ld tag=%s w=%g\n", total(a), a.tag, a.weight);
    printf("a.vals[0] still %d\n", a.vals[0]);
    struct big c = combine(a, b);
    printf("c total=%ld tag=%s w=%g v[31]=%d\n", total(c), c.tag, c.weight, c.vals[31]);
    struct big d = identity(identity(c));
    printf("d==c: %d\n", memcmp(&d, &c, sizeof d) == 0);
    c = combine(c, c);
    printf("c2 total=%ld tag=%s\n", total(c), c.tag);
    printf("direct member of returned: %d %s\n", make_big(2, "tmp").vals[10], make_big(2, "tmp").tag);
    struct big arr[2] = {a, b};
    arr[0] = arr[1];
    printf("arr[0].tag=%s\n", arr[0].tag);
    printf("sizeof big=%zu\n", sizeof(struct big));
    return 0;
}

/* EXPECT-STDOUT:
a total=-112 tag=alpha w=0.75
a.vals[0] still -50
c total=1760 tag=alpha+beta w=2.5 v[31]=210
d==c: 1
c2 total=3520 tag=alpha+beta+alpha+beta
direct member of returned: -30 tmp
arr[0].tag=beta
sizeof big=160
*/
