// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A loop fills all but the last element of a local array (an off-by-one
// in its bound); the sum over the whole array reads the missing one.
#include <stdio.h>

#define N 10

int main(void)
{
    printf("start\n");
    int a[N];
    for (int i = 0; i < N - 1; i++)
        a[i] = i * i;
    long sum = 0;
    for (int i = 0; i < N; i++)
        sum += a[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return sum == 0;
    return 0;
}
/* EXPECT-STDOUT:
start
*/
