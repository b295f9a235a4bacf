// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// A local whose block a goto enters past its declaration still ends with
// its block: its address, kept past the block's normal end, is stale.
#include <stdio.h>

int main(void)
{
    int *keep = NULL;
    int round = 0;
    goto inside;
    {
        int v = 1;
    inside:
        v = 42 + round;
        keep = &v;
        printf("in %d\n", *keep);
    }
    if (round++ == 0)
        goto inside;
    printf("out %d\n", *keep); // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
in 42
in 43
*/
