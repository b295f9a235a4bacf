// Struct locals copied in and out with memcpy (serialization code): members
// written at the source are readable after the copy, padding and members
// never written are copied without complaint, a union written through its
// smaller member and bit-fields written one by one count as written.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hdr {
    char tag;           /* padding after it */
    int len;
    union {
        unsigned char b;
        unsigned long long q;
    } u;                /* written through b only */
    unsigned lo : 3, hi : 5;
    short spare;        /* never written */
};

static int decode(const unsigned char *buf, struct hdr *out)
{
    struct hdr h;
    memcpy(&h, buf, sizeof h);
    memcpy(out, &h, sizeof h);
    return h.tag + h.len + h.u.b + h.lo + h.hi;
}

int main(void)
{
    struct hdr h;
    h.tag = 'A';
    h.len = 100;
    h.u.b = 9;
    h.lo = 5;
    h.hi = 17;
    unsigned char *wire = malloc(sizeof h);
    struct hdr *copy = malloc(sizeof h);
    if (!wire || !copy)
        return 1;
    memcpy(wire, &h, sizeof h);
    printf("%d\n", decode(wire, copy));
    printf("%c %d %u %u %u\n", copy->tag, copy->len, copy->u.b, copy->lo, copy->hi);
    struct hdr again;
    memcpy(&again, copy, sizeof again);
    printf("%d\n", again.len + again.lo);
    free(wire);
    free(copy);
    return 0;
}
/* EXPECT-STDOUT:
196
A 100 9 5 17
105
*/
