// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer field is "advanced" by an integer store through a uintptr_t
// alias; the slot now holds data, not a pointer, so it has no capability.
#include <stdio.h>
#include <stdint.h>

struct cursor {
    int *pos;
};

int main(void)
{
    int arr[4] = {1, 2, 3, 4};
    struct cursor c = {arr};
    uintptr_t *raw = (uintptr_t *)&c.pos;
    *raw += sizeof(int);
    printf("start\n");
    int v = *c.pos; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
