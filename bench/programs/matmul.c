// matmul: dense double-precision matrix multiply (i-k-j loop order),
// verified by comparing C*x with A*(B*x).
// Measures: tight array loops with regular strided access.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
// LDFLAGS: -lm

#ifndef N
#define N 1150
#endif

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

static double rnd_unit(void) /* [-1, 1) */
{
    return (double)(rnd() >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

static double *alloc_matrix(void)
{
    double *m = malloc(sizeof(double) * N * N);
    if (!m) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return m;
}

static void multiply(const double *a, const double *b, double *c)
{
    for (int i = 0; i < N; i++) {
        double *crow = c + (size_t)i * N;
        for (int j = 0; j < N; j++)
            crow[j] = 0.0;
        for (int k = 0; k < N; k++) {
            double aik = a[(size_t)i * N + k];
            const double *brow = b + (size_t)k * N;
            for (int j = 0; j < N; j++)
                crow[j] += aik * brow[j];
        }
    }
}

static void matvec(const double *m, const double *x, double *y)
{
    for (int i = 0; i < N; i++) {
        double s = 0.0;
        for (int j = 0; j < N; j++)
            s += m[(size_t)i * N + j] * x[j];
        y[i] = s;
    }
}

int main(void)
{
    double *a = alloc_matrix(), *b = alloc_matrix(), *c = alloc_matrix();
    double x[N], bx[N], y1[N], y2[N];
    for (size_t i = 0; i < (size_t)N * N; i++) {
        a[i] = rnd_unit();
        b[i] = rnd_unit();
    }
    for (int i = 0; i < N; i++)
        x[i] = rnd_unit();

    multiply(a, b, c);
    double trace = 0.0;
    for (int i = 0; i < N; i++)
        trace += c[(size_t)i * N + i];

    matvec(c, x, y1);
    matvec(b, x, bx);
    matvec(a, bx, y2);
    int ok = 1;
    double max_err = 0.0;
    for (int i = 0; i < N; i++) {
        double err = fabs(y1[i] - y2[i]);
        if (err > max_err)
            max_err = err;
    }
    if (!(max_err < 1e-9))
        ok = 0;

    double sum = 0.0;
    for (size_t i = 0; i < (size_t)N * N; i++)
        sum += c[i];

    free(a);
    free(b);
    free(c);
    printf("checksum: %.6f %.6f\n", sum, trace);
    return ok ? 0 : 1;
}
