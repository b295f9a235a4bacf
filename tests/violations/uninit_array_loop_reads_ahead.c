// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A smoothing loop that fills a local array from the front but reads the
// element after the one it writes, which no iteration has written yet.
#include <stdio.h>

int main(void)
{
    printf("start\n");
    double s[8];
    for (int i = 0; i < 8; i++)
        s[i] = i == 0 ? 1.0 : (s[i - 1] + s[i + 1 < 8 ? i + 1 : i]) / 2; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return s[7] == 0;
    return 0;
}
/* EXPECT-STDOUT:
start
*/
