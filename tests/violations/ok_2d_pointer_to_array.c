// 2-D arrays traversed with pointer-to-array types, on the stack and heap.
#include <stdio.h>
#include <stdlib.h>

#define COLS 4

static int trace(int (*m)[COLS], int rows)
{
    int t = 0;
    for (int i = 0; i < rows && i < COLS; i++)
        t += m[i][i];
    return t;
}

static void transpose(int n, int a[n][n])
{
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int tmp = a[i][j];
            a[i][j] = a[j][i];
            a[j][i] = tmp;
        }
}

int main(void)
{
    int m[3][COLS];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < COLS; j++)
            m[i][j] = i * COLS + j;
    printf("trace %d\n", trace(m, 3));
    int (*row)[COLS] = m;
    for (int (*r)[COLS] = row; r < row + 3; r++)
        printf("%d ", (*r)[COLS - 1]);
    printf("\n");
    int (*h)[COLS] = malloc(5 * sizeof *h);
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < COLS; j++)
            h[i][j] = i - j;
    printf("trace %d last %d\n", trace(h, 5), h[4][3]);
    int sq[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    transpose(3, sq);
    printf("%d %d %d\n", sq[0][1], sq[1][0], sq[2][0]);
    int *flat = &sq[0][0];
    int s = 0;
    for (int k = 0; k < 9; k++)
        s += flat[k];
    printf("sum %d\n", s);
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
trace 15
3 7 11 
trace 0 last 1
4 2 3
sum 45
*/
