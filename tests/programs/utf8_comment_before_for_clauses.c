/* Copyright © 2026 Jürgen Müßig, Zoë Çelik — names in UTF-8 before the code.
 * for headers with omitted clauses are split at their ';' by byte offset
 * (expat's xmlparse.c: `for (j = nsAttsSize; j != 0;)`); _Alignas from
 * object-like and function-like macros keeps members' layout. ÄÖÜ ß € ✓ */
#include <stdio.h>

#define ALIGNED16 _Alignas(16)
#define ALIGNED(n) _Alignas(n)

struct cell { ALIGNED16 int v; char tag; };
struct pair { char c; ALIGNED(32) long w; };

int main(void)
{
    int a[8] = {3, 1, 4, 1, 5, 9, 2, 6};
    int i = 0, j, s = 0;
    for (; i < 8; i++)        /* «init omitted» */
        s += a[i];
    for (j = 8; j != 0;)      /* “step omitted” */
        s += a[--j];
    for (i = 0;; i++)         /* ‘cond omitted’ */
        if (i == 3)
            break;
    for (;;) {
        s++;
        break;
    }
    struct cell c = {7, 'x'};
    struct pair p = {'p', 5};
    printf("%d %d %d %c %zu\n", s, i, c.v, c.tag, _Alignof(struct cell));
    printf("%c %ld %zu %zu\n", p.c, p.w, sizeof(struct pair), __builtin_offsetof(struct pair, w));
    return 0;
}
/* EXPECT-STDOUT:
63 3 7 x 16
p 5 64 32
*/
