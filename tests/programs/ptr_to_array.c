#include <stdio.h>

static int sum_rows(int (*m)[4], int rows) {
    int s = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < 4; j++) s += m[i][j] * (i + 1);
    return s;
}

static void fill(int (*row)[4], int v) {
    for (int j = 0; j < 4; j++) (*row)[j] = v + j;
}

int main(void) {
    int m[3][4];
    for (int i = 0; i < 3; i++) fill(&m[i], i * 10);
    printf("sum_rows=%d\n", sum_rows(m, 3));
    int (*p)[4] = m;
    printf("sizeof *p=%zu\n", sizeof *p);
    p++;
    printf("p[0][2]=%d (*p)[3]=%d p[1][0]=%d\n", p[0][2], (*p)[3], p[1][0]);
    int arr[5] = {1, 2, 3, 4, 5};
    int (*pa)[5] = &arr;
    printf("(*pa)[4]=%d sizeof(*pa)=%zu\n", (*pa)[4], sizeof(*pa));
    /* array of pointers vs pointer to array */
    int *aop[4];
    for (int i = 0; i < 4; i++) aop[i] = &m[2][i];
    printf("aop sum=%d\n", *aop[0] + *aop[1] + *aop[2] + *aop[3]);
    /* pointer to array of arrays */
    int cube[2][3][4];
    int n = 0;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 4; k++) cube[i][j][k] = n++;
    int (*pc)[3][4] = cube;
    printf("pc[1][2][3]=%d sizeof pc[0]=%zu\n", pc[1][2][3], sizeof pc[0]);
    int (*row)[4] = pc[1];
    printf("row[1][1]=%d\n", row[1][1]);
    /* typedef'd array type */
    typedef int vec4[4];
    vec4 *vp = m;
    printf("vp[2][1]=%d\n", vp[2][1]);
    return 0;
}

/* EXPECT-STDOUT:
sum_rows=356
sizeof *p=16
p[0][2]=12 (*p)[3]=13 p[1][0]=20
(*pa)[4]=5 sizeof(*pa)=20
aop sum=86
pc[1][2][3]=23 sizeof pc[0]=48
row[1][1]=17
vp[2][1]=21
*/
