// Copies of a few bytes with a constant size (checked inline when nothing
// but checks is needed): unaligned loads and stores as lz4 and xxHash write
// them, overlapping memmoves, and copies that must carry capabilities
// (a struct of two pointers) or init state (a partly written block).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pair { char *a; char *b; };

static uint64_t read64(const void *p) { uint64_t v; memcpy(&v, p, sizeof v); return v; }
static void write32(void *p, uint32_t v) { memcpy(p, &v, sizeof v); }

int main(void)
{
    unsigned char *buf = malloc(64);
    for (int i = 0; i < 64; i++)
        buf[i] = (unsigned char)(i * 7);
    uint64_t h = 0;
    for (int i = 0; i + 8 <= 64; i++)
        h = h * 31 + read64(buf + i);
    for (int i = 0; i + 4 <= 64; i += 3)
        write32(buf + i, (uint32_t)(i * 2654435761u));
    memmove(buf + 1, buf, 16);   /* overlapping: memmove may */
    memmove(buf, buf + 3, 12);
    unsigned char wild[16];
    memcpy(wild, buf + 40, 16);
    memcpy(buf + 48, wild, 16);
    for (int i = 0; i < 64; i++)
        h = h * 131 + buf[i];

    char *s = malloc(8), *t = malloc(8);
    strcpy(s, "left");
    strcpy(t, "right");
    struct pair p = {s, t}, q, *r = malloc(sizeof *r);
    memcpy(&q, &p, sizeof q);    /* capabilities go with the bytes */
    memcpy(r, &q, 16);
    memmove(r, r, 16);
    char *u = malloc(16);         /* only its first half is written */
    memset(u, 'u', 8);
    char v[8];
    memcpy(v, u, 8);
    printf("%llx %s %s %c\n", (unsigned long long)h, r->a, r->b, v[7]);
    free(u);
    free(r);
    free(s);
    free(t);
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
296bcd84c6a70a1e left right u
*/
