// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A formatting helper returns its local buffer; printf reads it afterwards.
#include <stdio.h>

__attribute__((noinline)) static const char *fmt_point(int x, int y)
{
    char buf[32];
    snprintf(buf, sizeof buf, "(%d, %d)", x, y);
    const char *r = buf;
    return r;
}

int main(void)
{
    const char *s = fmt_point(1, 2);
    printf("start\n");
    printf("%s\n", s); // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
