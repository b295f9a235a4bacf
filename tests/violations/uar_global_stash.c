// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A local's address is stored in a global "last seen" pointer and used later.
#include <stdio.h>

static const double *last_value;

__attribute__((noinline)) static void observe(double v)
{
    double copy = v * 2;
    last_value = &copy;
}

int main(void)
{
    observe(1.5);
    printf("start\n");
    double d = *last_value; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    printf("%f\n", d);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
