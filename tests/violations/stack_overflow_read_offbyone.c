// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A maximum search reads one element past the end of a local array.
#include <stdio.h>

static int max_of(const int *v, int n)
{
    int m = v[0];
    for (int i = 1; i <= n; i++)
        if (v[i] > m) // VIOLATION: stack-buffer-overflow
            m = v[i];
    printf("NOT-REACHED\n");
    return m;
}

int main(void)
{
    int v[5] = {3, 9, 2, 7, 4};
    printf("start\n");
    printf("%d\n", max_of(v, 5));
    return 0;
}
/* EXPECT-STDOUT:
start
*/
