// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A variable-length array is filled up to a count that falls one short of
// its length; the last element is then read.
#include <stdio.h>

static int last(int n)
{
    int a[n];
    for (int i = 0; i < n - 1; i++)
        a[i] = i * i;
    return a[n - 1]; // VIOLATION: uninitialized-read
}

int main(int argc, char **argv)
{
    (void)argv;
    printf("start\n");
    int v = last(4 + argc);
    printf("NOT-REACHED\n");
    return v;
}
/* EXPECT-STDOUT:
start
*/
