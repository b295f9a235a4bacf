// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap struct whose first member is never written: its member array is
// filled halfway, and a loop that reads all of it is stopped at the first
// element never written.
#include <stdio.h>
#include <stdlib.h>

struct state {
    int unused;
    int v[16];
};

int main(void)
{
    struct state *s = malloc(sizeof *s);
    if (!s)
        return 1;
    for (int i = 0; i < 8; i++)
        s->v[i] = i * 3;
    long sum = 0;
    for (int i = 0; i < 8; i++)
        sum += s->v[i];
    printf("%ld\n", sum);
    for (int i = 0; i < 16; i++)
        sum += s->v[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
84
*/
