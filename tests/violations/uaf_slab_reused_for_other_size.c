// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// Use after free once the freed block's memory serves blocks of another
// size: 30000 blocks of 100 bytes are freed, then 60000 of 40 bytes take
// their memory (the runtime sweeps the freed slabs and reuses them and
// their records for the other size).  The stale pointer must still fail,
// not read the 40-byte block that now lives there.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 30000

static char *big[N];
static char *small[2 * N];

int main(void)
{
    for (int i = 0; i < N; i++) {
        big[i] = malloc(100);
        memset(big[i], 'a', 100);
    }
    char *stale = big[N / 2];
    for (int i = 0; i < N; i++)
        free(big[i]);
    for (int i = 0; i < 2 * N; i++) {
        small[i] = malloc(40);
        memset(small[i], 'b', 40);
    }
    printf("start\n");
    char c = stale[10]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    for (int i = 0; i < 2 * N; i++)
        free(small[i]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
