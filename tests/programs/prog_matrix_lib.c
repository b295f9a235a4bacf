#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Small dense matrix library: alloc, multiply, transpose, Gaussian
   elimination with partial pivoting (determinant, inverse, solve). Uses
   exact small integers / dyadic values so output is stable. */

struct mat { int r, c; double *d; };

static struct mat mat_new(int r, int c) { struct mat m = {r, c, calloc((size_t)(r * c), sizeof(double))}; return m; }
static double *at(struct mat *m, int i, int j) { return &m->d[i * m->c + j]; }
static double get(const struct mat *m, int i, int j) { return m->d[i * m->c + j]; }
static void mat_free(struct mat *m) { free(m->d); m->d = NULL; }

static struct mat mat_mul(const struct mat *a, const struct mat *b) {
    struct mat m = mat_new(a->r, b->c);
    for (int i = 0; i < a->r; i++)
        for (int j = 0; j < b->c; j++) {
            double s = 0;
            for (int k = 0; k < a->c; k++) s += get(a, i, k) * get(b, k, j);
            *at(&m, i, j) = s;
        }
    return m;
}
static struct mat mat_transpose(const struct mat *a) {
    struct mat m = mat_new(a->c, a->r);
    for (int i = 0; i < a->r; i++)
        for (int j = 0; j < a->c; j++) *at(&m, j, i) = get(a, i, j);
    return m;
}
static struct mat mat_identity(int n) {
    struct mat m = mat_new(n, n);
    for (int i = 0; i < n; i++) *at(&m, i, i) = 1;
    return m;
}
static void mat_print(const char *name, const struct mat *m) {
    printf("%s (%dx%d):\n", name, m->r, m->c);
    for (int i = 0; i < m->r; i++) {
        for (int j = 0; j < m->c; j++) {
            double v = get(m, i, j);
            printf(" %9.4f", v == 0 ? 0.0 : v);
        }
        printf("\n");
    }
}
/* Gauss-Jordan on [a | b]; returns determinant, replaces b with a^-1 b */
static double gauss_jordan(struct mat *a, struct mat *b) {
    int n = a->r;
    double det = 1;
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int i = col + 1; i < n; i++)
            if (abs((int)(get(a, i, col) * 1000)) > abs((int)(get(a, piv, col) * 1000))) piv = i;
        if (get(a, piv, col) == 0) return 0;
        if (piv != col) {
            for (int j = 0; j < n; j++) { double t = get(a, col, j); *at(a, col, j) = get(a, piv, j); *at(a, piv, j) = t; }
            for (int j = 0; j < b->c; j++) { double t = get(b, col, j); *at(b, col, j) = get(b, piv, j); *at(b, piv, j) = t; }
            det = -det;
        }
        double p = get(a, col, col);
        det *= p;
        for (int j = 0; j < n; j++) *at(a, col, j) /= p;
        for (int j = 0; j < b->c; j++) *at(b, col, j) /= p;
        for (int i = 0; i < n; i++) {
            if (i == col) continue;
            double f = get(a, i, col);
            if (f == 0) continue;
            for (int j = 0; j < n; j++) *at(a, i, j) -= f * get(a, col, j);
            for (int j = 0; j < b->c; j++) *at(b, i, j) -= f * get(b, col, j);
        }
    }
    return det;
}

int main(void) {
    double av[] = {2, 1, 1, 1, 3, 2, 1, 0, 0};
    struct mat a = mat_new(3, 3);
    memcpy(a.d, av, sizeof av);
    mat_print("A", &a);
    struct mat at_ = mat_transpose(&a);
    struct mat ata = mat_mul(&at_, &a);
    mat_print("A^T A", &ata);
    struct mat work = mat_new(3, 3);
    memcpy(work.d, a.d, sizeof av);
    struct mat inv = mat_identity(3);
    double det = gauss_jordan(&work, &inv);
    printf("det(A)=%.4f\n", det);
    mat_print("inv(A)", &inv);
    struct mat check = mat_mul(&a, &inv);
    mat_print("A * inv(A)", &check);
    double bv[] = {4, 5, 6};
    struct mat b = mat_new(3, 1);
    memcpy(b.d, bv, sizeof bv);
    memcpy(work.d, a.d, sizeof av);
    gauss_jordan(&work, &b);
    mat_print("x for A x = (4,5,6)", &b);
    struct mat sing = mat_new(2, 2);
    *at(&sing, 0, 0) = 1; *at(&sing, 0, 1) = 2; *at(&sing, 1, 0) = 2; *at(&sing, 1, 1) = 4;
    struct mat id2 = mat_identity(2);
    printf("det(singular)=%.4f\n", gauss_jordan(&sing, &id2));
    struct mat *all[] = {&a, &at_, &ata, &work, &inv, &check, &b, &sing, &id2};
    for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) mat_free(all[i]);
    return 0;
}

/* EXPECT-STDOUT:
A (3x3):
    2.0000    1.0000    1.0000
    1.0000    3.0000    2.0000
    1.0000    0.0000    0.0000
A^T A (3x3):
    6.0000    5.0000    4.0000
    5.0000   10.0000    7.0000
    4.0000    7.0000    5.0000
det(A)=-1.0000
inv(A) (3x3):
    0.0000    0.0000    1.0000
   -2.0000    1.0000    3.0000
    3.0000   -1.0000   -5.0000
A * inv(A) (3x3):
    1.0000    0.0000    0.0000
    0.0000    1.0000    0.0000
    0.0000    0.0000    1.0000
x for A x = (4,5,6) (3x1):
    6.0000
   15.0000
  -23.0000
det(singular)=0.0000
*/
