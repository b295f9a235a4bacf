// ASAN: detects (UBSan: index 8 out of bounds for type 'char [8][8]')  [gcc 12 -fsanitize=address,undefined, default options]
// A global board [8][8] is read at [8][0].
#include <stdio.h>

static char board[8][8];

int main(void)
{
    for (int r = 0; r < 8; r++)
        for (int c = 0; c < 8; c++)
            board[r][c] = (char)((r + c) % 2 ? 'b' : 'w');
    printf("start\n");
    int count = 0;
    for (int r = 0; r <= 8; r++)
        if (board[r][0] == 'w') // VIOLATION: global-buffer-overflow
            count++;
    printf("NOT-REACHED\n");
    printf("%d\n", count);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
