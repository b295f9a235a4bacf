// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// The new block is handed to another function before its last member is
// written; that function reads the member.
#include <stdio.h>
#include <stdlib.h>

struct item {
    int id;
    int prio;
};

static int total;

static void enqueue(struct item *it)
{
    total += it->prio; // VIOLATION: uninitialized-read
}

static struct item *make(int id)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        exit(2);
    it->id = id;
    enqueue(it);
    it->prio = id * 2;
    return it;
}

int main(void)
{
    printf("start\n");
    struct item *it = make(9);
    printf("NOT-REACHED\n");
    return it->id + total;
    return 0;
}
/* EXPECT-STDOUT:
start
*/
