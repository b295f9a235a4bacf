// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A caller passes a wrong length for its local array to a fill function.
#include <stdio.h>

static void fill(int *dst, int n, int v)
{
    for (int i = 0; i < n; i++)
        dst[i] = v; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
}

int main(void)
{
    int small[4];
    printf("start\n");
    fill(small, 8, 1);
    printf("%d\n", small[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
