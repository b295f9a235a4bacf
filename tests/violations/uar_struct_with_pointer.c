// ASAN: misses (no report; with ASAN_OPTIONS=detect_stack_use_after_return=1 it detects (stack-use-after-return))  [gcc 12 -fsanitize=address,undefined, default options]
// A struct returned by value carries a pointer into the callee's frame.
#include <stdio.h>

struct view {
    const char *data;
    int len;
};

__attribute__((noinline)) static struct view make_view(void)
{
    char text[16] = "temporary";
    struct view v = {text, 9};
    return v;
}

int main(void)
{
    struct view v = make_view();
    printf("start %d\n", v.len);
    char c = v.data[0]; // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    return 0;
}
/* EXPECT-STDOUT:
start 9
*/
