// ASAN: detects (UBSan: index 3 out of bounds for type 'char [3][5]')  [gcc 12 -fsanitize=address,undefined, default options]
// A loop over the rows of a local 2-D array writes row 3 of 3.
#include <stdio.h>

int main(void)
{
    char grid[3][5];
    printf("start\n");
    for (int r = 0; r <= 3; r++)
        grid[r][0] = '#'; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c\n", grid[0][0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
