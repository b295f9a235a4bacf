#include <stdio.h>

static int g[3][4] = {{1}, {2, 3}, {4, 5, 6}};
static char names[4][8] = {"ab", "cde", {'f'}, ""};

int main(void) {
    int m[4][3] = {{1, 2, 3}, {4}, [3] = {7, 8}};
    for (int i = 0; i < 4; i++) printf("m[%d] = %d %d %d\n", i, m[i][0], m[i][1], m[i][2]);
    for (int i = 0; i < 3; i++) printf("g[%d] = %d %d %d %d\n", i, g[i][0], g[i][1], g[i][2], g[i][3]);
    for (int i = 0; i < 4; i++) printf("names[%d] = \"%s\" last=%d\n", i, names[i], names[i][7]);
    int unsized[][2] = {{1, 2}, {3}, {5, 6}, {7}};
    printf("rows=%zu\n", sizeof unsized / sizeof unsized[0]);
    int sum = 0;
    for (unsigned i = 0; i < sizeof unsized / sizeof unsized[0]; i++) sum += unsized[i][0] * 10 + unsized[i][1];
    printf("sum=%d\n", sum);
    double d3[2][2][2] = {{{1.5}}, {{2.5, 3.5}, {4.5}}};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) printf("d3[%d][%d] = %g %g\n", i, j, d3[i][j][0], d3[i][j][1]);
    return 0;
}

/* EXPECT-STDOUT:
m[0] = 1 2 3
m[1] = 4 0 0
m[2] = 0 0 0
m[3] = 7 8 0
g[0] = 1 0 0 0
g[1] = 2 3 0 0
g[2] = 4 5 6 0
names[0] = "ab" last=0
names[1] = "cde" last=0
names[2] = "f" last=0
names[3] = "" last=0
rows=4
sum=168
d3[0][0] = 1.5 0
d3[0][1] = 0 0
d3[1][0] = 2.5 3.5
d3[1][1] = 4.5 0
*/
