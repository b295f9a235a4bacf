// ASAN: detects (UBSan: index 4 out of bounds for type 'int [4]')  [gcc 12 -fsanitize=address,undefined, default options]
// A function-scope static array is written past its end.
#include <stdio.h>

static int record(int v)
{
    static int history[4];
    static int n;
    history[n++] = v; // VIOLATION: global-buffer-overflow
    if (n > 4)
        printf("NOT-REACHED\n");
    return n + history[0];
}

int main(void)
{
    printf("start\n");
    for (int i = 0; i < 5; i++)
        record(i);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
