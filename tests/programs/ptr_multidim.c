#include <stdio.h>

#define N 4

static void matmul(const int a[N][N], const int b[N][N], int c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void transpose(int m[][N]) {
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            int t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t;
        }
}

static void print(const char *name, int m[N][N]) {
    printf("%s:\n", name);
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) printf("%5d", m[i][j]);
        printf("\n");
    }
}

int main(void) {
    int a[N][N], b[N][N], c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = i + j;
            b[i][j] = (i == j) ? 2 : (i - j);
        }
    matmul((const int (*)[N])a, (const int (*)[N])b, c);
    print("c", c);
    transpose(c);
    print("c^T", c);
    char grid[3][6] = {"#....", ".#...", "..#.."};
    for (int i = 0; i < 3; i++) printf("%s|%zu\n", grid[i], sizeof grid[i]);
    int trace = 0;
    for (int i = 0; i < N; i++) trace += c[i][i];
    printf("trace=%d\n", trace);
    return 0;
}

/* EXPECT-STDOUT:
c:
   14   10    6    2
   22   14    6   -2
   30   18    6   -6
   38   22    6  -10
c^T:
   14   22   30   38
   10   14   18   22
    6    6    6    6
    2   -2   -6  -10
#....|6
.#...|6
..#..|6
trace=24
*/
