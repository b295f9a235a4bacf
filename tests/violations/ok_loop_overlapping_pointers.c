// Counted loops whose pointers may overlap: the unchecked copy of such a
// loop may be vectorized only when its pre-check has shown the written
// ranges disjoint from everything else the loop touches.  Overlapping
// calls must compute exactly what the scalar loop does.
#include <stdio.h>
#include <string.h>

static void axpy(double *y, const double *x, double a, int n)
{
    for (int j = 0; j < n; j++)
        y[j] += a * x[j];
}

static void shift_copy(int *dst, const int *src, int n)
{
    for (int j = 0; j < n; j++)
        dst[j] = src[j] + 1;
}

static void scale_rows(float *m, const float *f, int rows, int cols)
{
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            m[i * cols + j] *= f[j];
}

int main(void)
{
    double v[64];
    for (int i = 0; i < 64; i++)
        v[i] = i * 0.5;
    axpy(v + 8, v, 2.0, 40);      /* y runs ahead of x: overlap */
    axpy(v, v + 3, -1.0, 40);     /* x runs ahead of y: overlap */
    axpy(v + 40, v, 0.25, 20);    /* disjoint */
    double s = 0;
    for (int i = 0; i < 64; i++)
        s = s * 1.0001 + v[i];
    printf("axpy %.6f\n", s);

    int a[100];
    for (int i = 0; i < 100; i++)
        a[i] = i;
    shift_copy(a + 1, a, 60);     /* reads what the previous iteration wrote */
    shift_copy(a, a + 2, 60);
    shift_copy(a + 70, a, 20);
    long t = 0;
    for (int i = 0; i < 100; i++)
        t = t * 31 + a[i];
    printf("shift %ld\n", t);

    float m[6 * 8], f[8];
    for (int i = 0; i < 48; i++)
        m[i] = (float)(i % 7) - 2.5f;
    memcpy(f, m + 3, sizeof f);
    scale_rows(m, f, 6, 8);
    scale_rows(m, m + 10, 3, 8);  /* the factors are inside the matrix */
    double u = 0;
    for (int i = 0; i < 48; i++)
        u = u * 1.01 + m[i];
    printf("scale %.4f\n", u);
    return 0;
}
/* EXPECT-STDOUT:
axpy 2351.113480
shift 2284788062022747378
scale -57.6048
*/
