#include <stdio.h>
#include <stdlib.h>

/* heap-allocated 2-D arrays through pointers to VLA rows */
static void transpose(int r, int c, const int (*in)[c], int (*out)[r]) {
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) out[j][i] = in[i][j];
}

static long checksum(int r, int c, int (*m)[c]) {
    long s = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) s = s * 31 + m[i][j];
    return s;
}

struct rec { int id; double w; };

int main(void) {
    int r = 3, c = 4;
    int (*m)[c] = malloc(sizeof(int[r][c]));
    printf("sizeof(int[r][c])=%zu sizeof *m=%zu\n", sizeof(int[r][c]), sizeof *m);
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) m[i][j] = i * 10 + j;
    int (*t)[r] = malloc(sizeof(int[c][r]));
    transpose(r, c, (const int (*)[c])m, t);
    for (int i = 0; i < c; i++) {
        for (int j = 0; j < r; j++) printf("%3d", t[i][j]);
        printf("\n");
    }
    printf("checksum m=%ld t=%ld\n", checksum(r, c, m), checksum(c, r, t));
    free(m);
    free(t);
    /* VLA of structs and 3-D VLA */
    int n = 5;
    struct rec recs[n];
    for (int i = 0; i < n; i++) { recs[i].id = i; recs[i].w = i * 0.5; }
    double tw = 0;
    for (int i = 0; i < n; i++) tw += recs[i].w;
    printf("recs sizeof=%zu total w=%g\n", sizeof recs, tw);
    int d1 = 2, d2 = 3, d3 = 4;
    int cube[d1][d2][d3];
    int k = 0;
    for (int i = 0; i < d1; i++)
        for (int j = 0; j < d2; j++)
            for (int l = 0; l < d3; l++) cube[i][j][l] = k++;
    printf("cube sizeof=%zu [1][2][3]=%d slice sizeof=%zu\n", sizeof cube, cube[1][2][3], sizeof cube[1]);
    /* typedef inside a loop captures each size */
    for (int len = 1; len <= 3; len++) {
        typedef char buf_t[len * 8];
        buf_t b;
        snprintf(b, sizeof b, "len%d-abcdefghijk", len);
        printf("%zu:%s\n", sizeof(buf_t), b);
    }
    return 0;
}

/* EXPECT-STDOUT:
sizeof(int[r][c])=48 sizeof *m=16
  0 10 20
  1 11 21
  2 12 22
  3 13 23
checksum m=875351449268358 t=8726249549390658
recs sizeof=80 total w=5
cube sizeof=96 [1][2][3]=23 slice sizeof=48
8:len1-ab
16:len2-abcdefghij
24:len3-abcdefghijk
*/
