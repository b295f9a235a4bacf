// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer to a member array of a heap struct whose first member is never
// written: a loop through it reads the written part inline and is stopped
// at the first byte never written.
#include <stdio.h>
#include <stdlib.h>

struct state {
    int unused;
    unsigned char buf[64];
};

static long sum(const unsigned char *q, int n)
{
    long s = 0;
    for (int i = 0; i < n; i++)
        s += q[i]; // VIOLATION: uninitialized-read
    return s;
}

static void fill(unsigned char *q, int n)
{
    for (int i = 0; i < n; i++)
        q[i] = (unsigned char)(i + 1);
}

int main(void)
{
    struct state *s = malloc(sizeof *s);
    if (!s)
        return 1;
    fill(s->buf, 40);
    printf("%ld\n", sum(s->buf, 40));
    printf("%ld\n", sum(s->buf + 8, 32));
    printf("%ld\n", sum(s->buf, 41));
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
820
784
*/
