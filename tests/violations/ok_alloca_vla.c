// Variable-length arrays and alloca used within their bounds.
#include <alloca.h>
#include <stdio.h>
#include <string.h>

static long sum_vla(int n)
{
    long v[n];
    for (int i = 0; i < n; i++)
        v[i] = i + 1;
    long s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    (void)argv;
    printf("%ld %ld\n", sum_vla(10), sum_vla(argc));
    size_t n = 16;
    char *tmp = alloca(n);
    memset(tmp, 0, n);
    snprintf(tmp, n, "alloca %zu", n);
    printf("%s\n", tmp);
    int rows = 2 + argc, cols = 3;
    double m[rows][cols];
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            m[i][j] = i + j / 10.0;
    printf("%.1f %zu\n", m[rows - 1][cols - 1], sizeof m);
    return 0;
}
/* EXPECT-STDOUT:
55 1
alloca 16
2.2 72
*/
