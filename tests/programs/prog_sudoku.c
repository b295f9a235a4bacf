#include <stdio.h>
#include <string.h>

/* Sudoku solver using bitmask candidate sets and most-constrained-cell
   backtracking. */

static int grid[81];
static unsigned rowm[9], colm[9], boxm[9];
static long nodes;

static int box_of(int r, int c) { return (r / 3) * 3 + c / 3; }

static void place(int i, int v) {
    int r = i / 9, c = i % 9;
    grid[i] = v;
    rowm[r] |= 1u << v; colm[c] |= 1u << v; boxm[box_of(r, c)] |= 1u << v;
}
static void unplace(int i, int v) {
    int r = i / 9, c = i % 9;
    grid[i] = 0;
    rowm[r] &= ~(1u << v); colm[c] &= ~(1u << v); boxm[box_of(r, c)] &= ~(1u << v);
}

static int solve(void) {
    nodes++;
    int best = -1, bestcount = 10;
    unsigned bestcand = 0;
    for (int i = 0; i < 81; i++) {
        if (grid[i]) continue;
        int r = i / 9, c = i % 9;
        unsigned cand = ~(rowm[r] | colm[c] | boxm[box_of(r, c)]) & 0x3FE;
        int cnt = __builtin_popcount(cand);
        if (cnt < bestcount) { best = i; bestcount = cnt; bestcand = cand; if (cnt <= 1) break; }
    }
    if (best < 0) return 1;
    for (int v = 1; v <= 9; v++) {
        if (!(bestcand & (1u << v))) continue;
        place(best, v);
        if (solve()) return 1;
        unplace(best, v);
    }
    return 0;
}

static int load(const char *s) {
    memset(rowm, 0, sizeof rowm); memset(colm, 0, sizeof colm); memset(boxm, 0, sizeof boxm);
    nodes = 0;
    for (int i = 0; i < 81; i++) {
        int v = (s[i] >= '1' && s[i] <= '9') ? s[i] - '0' : 0;
        grid[i] = 0;
        if (v) {
            int r = i / 9, c = i % 9;
            if ((rowm[r] | colm[c] | boxm[box_of(r, c)]) & (1u << v)) return 0;
            place(i, v);
        }
    }
    return 1;
}

static int verify(void) {
    for (int k = 0; k < 9; k++) {
        unsigned r = 0, c = 0, b = 0;
        for (int j = 0; j < 9; j++) {
            r |= 1u << grid[k * 9 + j];
            c |= 1u << grid[j * 9 + k];
            b |= 1u << grid[((k / 3) * 3 + j / 3) * 9 + (k % 3) * 3 + j % 3];
        }
        if (r != 0x3FE || c != 0x3FE || b != 0x3FE) return 0;
    }
    return 1;
}

int main(void) {
    const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
        "11...............................................................................",
    };
    for (int p = 0; p < 3; p++) {
        if (!load(puzzles[p])) { printf("puzzle %d: invalid givens\n", p); continue; }
        int ok = solve();
        printf("puzzle %d: solved=%d valid=%d nodes>0=%d\n", p, ok, ok && verify(), nodes > 0);
        if (!ok) continue;
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) printf("%d%s", grid[r * 9 + c], c == 2 || c == 5 ? " " : "");
            printf("\n");
        }
    }
    return 0;
}

/* EXPECT-STDOUT:
puzzle 0: solved=1 valid=1 nodes>0=1
534 678 912
672 195 348
198 342 567
859 761 423
426 853 791
713 924 856
961 537 284
287 419 635
345 286 179
puzzle 1: solved=1 valid=1 nodes>0=1
987 654 321
246 173 985
351 928 746
128 537 694
634 892 157
795 461 832
519 286 473
472 319 568
863 745 219
puzzle 2: invalid givens
*/
