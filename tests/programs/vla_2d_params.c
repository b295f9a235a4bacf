#include <stdio.h>

static void fill(int rows, int cols, int m[rows][cols]) {
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
}

static void print(int rows, int cols, int m[rows][cols]) {
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) printf("%4d", m[i][j]);
        printf("\n");
    }
}

static void matmul(int n, int a[n][n], int b[n][n], int c[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static int trace(int n, int a[n][n]) { int t = 0; for (int i = 0; i < n; i++) t += a[i][i]; return t; }

static size_t row_bytes(int rows, int cols, int m[rows][cols]) { (void)rows; return sizeof m[0]; }

int main(void) {
    int r = 3, c = 5;
    int m[r][c];
    fill(r, c, m);
    print(r, c, m);
    printf("sizeof m=%zu sizeof m[0]=%zu row_bytes=%zu\n", sizeof m, sizeof m[0], row_bytes(r, c, m));
    for (int n = 2; n <= 4; n++) {
        int a[n][n], b[n][n], p[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { a[i][j] = i + j; b[i][j] = (i == j) ? 2 : 1; }
        matmul(n, a, b, p);
        printf("n=%d trace=%d corner=%d\n", n, trace(n, p), p[n - 1][n - 1]);
    }
    /* pointer to VLA row */
    int (*rowp)[c] = m;
    rowp++;
    printf("rowp[0][4]=%d rowp[1][0]=%d\n", rowp[0][4], rowp[1][0]);
    return 0;
}

/* EXPECT-STDOUT:
   0   1   2   3   4
   5   6   7   8   9
  10  11  12  13  14
sizeof m=60 sizeof m[0]=20 row_bytes=20
n=2 trace=6 corner=5
n=3 trace=24 corner=13
n=4 trace=60 corner=24
rowp[0][4]=9 rowp[1][0]=10
*/
