// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A switch body declares an array and fills it under case 0; case 1 jumps
// into the same block past the fill and reads the array.
#include <stdio.h>

static int pick(int mode, int k)
{
    switch (mode) {
    case 0: {
        int t[3];
        for (int i = 0; i < 3; i++)
            t[i] = 10 + i;
        return t[k];
    }
    }
    switch (mode) {
        int v[3];
    case 0:
        for (int i = 0; i < 3; i++)
            v[i] = i;
        return v[k];
    case 1:
        return v[k]; // VIOLATION: uninitialized-read
    }
    return -1;
}

int main(void)
{
    printf("%d\n", pick(0, 2));
    printf("%d\n", pick(1, 2));
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
12
*/
