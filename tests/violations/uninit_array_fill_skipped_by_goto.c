// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A loop fills a local array from the front, but an early goto (taken when
// the input is empty) jumps past the loop to code that reads the array.
#include <stdio.h>

static int total(int n)
{
    int a[4];
    int s = 0;
    if (n == 0)
        goto sum;
    for (int i = 0; i < 4; i++)
        a[i] = n * i;
sum:
    for (int i = 0; i < 4; i++)
        s += a[i]; // VIOLATION: uninitialized-read
    return s;
}

int main(void)
{
    printf("%d\n", total(3));
    printf("%d\n", total(0));
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
18
*/
