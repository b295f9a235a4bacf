// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer to a loop-body variable is kept into the next iteration, where
// it names the previous iteration's (ended) object.
#include <stdio.h>

int main(void)
{
    const int *prev = NULL;
    int sum = 0;
    printf("start\n");
    for (int i = 0; i < 3; i++) {
        int cur = i * 5;
        if (prev)
            sum += *prev; // VIOLATION: use-after-scope
        prev = &cur;
    }
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
