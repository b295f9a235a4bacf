// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A global array is read at index -1 through a pointer to its first element.
#include <stdio.h>

int weights[5] = {1, 2, 3, 4, 5};

int main(void)
{
    int *p = &weights[0];
    printf("start\n");
    int w = *(p - 1); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", w);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
