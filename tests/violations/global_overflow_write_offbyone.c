// ASAN: detects (UBSan: index 16 out of bounds for type 'int [16]')  [gcc 12 -fsanitize=address,undefined, default options]
// A fill loop runs one past the end of a global array.
#include <stdio.h>

#define N 16
int table[N];

int main(void)
{
    printf("start\n");
    for (int i = 0; i <= N; i++)
        table[i] = -1; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
