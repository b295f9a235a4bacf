// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A loop writes one element past a member array of a heap struct whose
// bytes are init-tracked (its first member is never written): the write
// into the next member is caught although the struct has room for it.
#include <stdio.h>
#include <stdlib.h>

struct state {
    int unused;
    unsigned char buf[16];
    int after;
};

int main(void)
{
    struct state *s = malloc(sizeof *s);
    if (!s)
        return 1;
    s->after = 7;
    int n = 16;
    for (int i = 0; i < n; i++)
        s->buf[i] = (unsigned char)i;
    printf("%d %d\n", s->buf[15], s->after);
    for (int i = 0; i <= n; i++)
        s->buf[i] = (unsigned char)(2 * i); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
15 7
*/
