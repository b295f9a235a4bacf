// stencil: 2-D Jacobi relaxation (5-point stencil) on a grid with a hot top
// edge; verified by the maximum principle, left/right mirror symmetry and a
// decreasing residual.
// Measures: streaming double loads/stores over 2-D arrays (rows of a matrix).
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
// LDFLAGS: -lm

#ifndef N
#define N 512
#endif
#ifndef STEPS
#define STEPS 1500
#endif

typedef double grid_t[N][N];

static double residual(grid_t u)
{
    double r = 0.0;
    for (int i = 1; i < N - 1; i++)
        for (int j = 1; j < N - 1; j++) {
            double d = 0.25 * (u[i - 1][j] + u[i + 1][j] + u[i][j - 1] + u[i][j + 1]) - u[i][j];
            r += d * d;
        }
    return sqrt(r);
}

static void sweep(grid_t src, grid_t dst)
{
    for (int i = 1; i < N - 1; i++) {
        const double *up = src[i - 1], *mid = src[i], *down = src[i + 1];
        double *out = dst[i];
        for (int j = 1; j < N - 1; j++)
            out[j] = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1]);
    }
}

int main(void)
{
    double (*u)[N] = malloc(sizeof(grid_t));
    double (*v)[N] = malloc(sizeof(grid_t));
    if (!u || !v) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double b = (i == 0) ? 1.0 : 0.0;
            /* a warm symmetric blob in the middle as the initial guess */
            double di = i - N / 2.0, dj = j - (N - 1) / 2.0;
            double init = (i > 0 && i < N - 1 && j > 0 && j < N - 1 && di * di + dj * dj < N * N / 16.0) ? 0.5 : b;
            u[i][j] = init;
            v[i][j] = init;
        }

    double r0 = residual(u);
    for (int s = 0; s < STEPS; s += 2) {
        sweep(u, v);
        sweep(v, u);
    }
    double r1 = residual(u);

    int ok = r1 < r0;
    double sum = 0.0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double x = u[i][j];
            if (x < 0.0 || x > 1.0)
                ok = 0;
            if (fabs(x - u[i][N - 1 - j]) > 1e-12)
                ok = 0;
            sum += x * (1 + (i % 7));
        }
    free(u);
    free(v);
    printf("checksum: %.9f %.9f\n", sum, r1);
    return ok ? 0 : 1;
}
