// ASAN: detects (UBSan: index 4 out of bounds for type 'int [4]')  [gcc 12 -fsanitize=address,undefined, default options]
// A 3x4 local matrix is read at [2][4], one past the end of the whole array.
#include <stdio.h>

int main(void)
{
    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 4 + j;
    printf("start\n");
    int i = 2, j = 4;
    int v = m[i][j]; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
