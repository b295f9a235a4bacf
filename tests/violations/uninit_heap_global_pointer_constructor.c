// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// The new block's only pointer is a global, and a function called between
// the member assignments reads the member not yet written through it.
#include <stdio.h>
#include <stdlib.h>

struct config {
    int verbose;
    int level;
};

struct config *cfg;

static void log_start(void)
{
    if (cfg->level > 2) // VIOLATION: uninitialized-read
        printf("starting\n");
}

int main(void)
{
    printf("start\n");
    cfg = malloc(sizeof *cfg);
    if (!cfg)
        return 2;
    cfg->verbose = 1;
    log_start();
    cfg->level = 3;
    printf("NOT-REACHED\n");
    return cfg->level;
}
/* EXPECT-STDOUT:
start
*/
