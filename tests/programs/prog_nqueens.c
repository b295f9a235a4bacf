#include <stdio.h>

/* N-queens: count all solutions with bitmasks for n=1..10, print the first
   solution for n=8 as a board, and count with a plain array backtracker for
   cross-checking. */

static long count_bits(int n, unsigned cols, unsigned d1, unsigned d2) {
    unsigned full = (1u << n) - 1;
    if (cols == full) return 1;
    long total = 0;
    unsigned avail = full & ~(cols | d1 | d2);
    while (avail) {
        unsigned bit = avail & (0u - avail);
        avail &= avail - 1;
        total += count_bits(n, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return total;
}

static int board[16];

static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = board[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}

static long count_array(int n, int row) {
    if (row == n) return 1;
    long t = 0;
    for (int c = 0; c < n; c++)
        if (safe(row, c)) { board[row] = c; t += count_array(n, row + 1); }
    return t;
}

static int first_solution(int n, int row) {
    if (row == n) return 1;
    for (int c = 0; c < n; c++)
        if (safe(row, c)) {
            board[row] = c;
            if (first_solution(n, row + 1)) return 1;
        }
    return 0;
}

int main(void) {
    for (int n = 1; n <= 10; n++) {
        long a = count_bits(n, 0, 0, 0);
        long b = n <= 8 ? count_array(n, 0) : a;
        printf("n=%2d solutions=%ld%s\n", n, a, a == b ? "" : " MISMATCH");
    }
    if (first_solution(8, 0)) {
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) putchar(board[r] == c ? 'Q' : '.');
            putchar('\n');
        }
    }
    return 0;
}

/* EXPECT-STDOUT:
n= 1 solutions=1
n= 2 solutions=0
n= 3 solutions=0
n= 4 solutions=2
n= 5 solutions=10
n= 6 solutions=4
n= 7 solutions=40
n= 8 solutions=92
n= 9 solutions=352
n=10 solutions=724
Q.......
....Q...
.......Q
.....Q..
..Q.....
......Q.
.Q......
...Q....
*/
