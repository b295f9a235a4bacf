// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// An operations table stores a handler of the wrong type via a cast.
#include <stdio.h>

struct ops {
    void (*release)(void *obj);
};

static int compare_ints(int a, int b)
{
    return a - b;
}

static const struct ops bad_ops = {
    .release = (void (*)(void *))compare_ints,
};

int main(void)
{
    int obj = 5;
    printf("start\n");
    bad_ops.release(&obj); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
