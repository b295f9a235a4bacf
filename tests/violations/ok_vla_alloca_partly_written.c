// Variable-length arrays and alloca blocks whose bytes start unwritten:
// only what was written is read (a prefix, every other element, a buffer
// re-declared on each iteration, a 2-D VLA filled row by row, a string
// built in an alloca block).
#include <alloca.h>
#include <stdio.h>
#include <string.h>

static long evens(int n)
{
    long v[n];
    for (int i = 0; i < n; i += 2)
        v[i] = i;
    long s = 0;
    for (int i = 0; i < n; i += 2)
        s += v[i];
    return s;
}

int main(int argc, char **argv)
{
    (void)argv;
    long total = 0;
    for (int round = 1; round <= 50; round++) {
        int buf[round + argc];
        buf[0] = round;
        buf[round + argc - 1] = -round;
        total += buf[0] + 2 * buf[round + argc - 1];
    }
    printf("%ld %ld\n", evens(9 + argc), total);
    int rows = 3 + argc, cols = 4;
    int m[rows][cols];
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            m[i][j] = i * cols + j;
    printf("%d %d\n", m[0][0], m[rows - 1][cols - 1]);
    size_t n = 32 + (size_t)argc;
    char *s = alloca(n);
    snprintf(s, n, "alloca %zu bytes", n);
    printf("%s %zu\n", s, strlen(s));
    unsigned char *half = alloca(n);
    memset(half, 1, n / 2);
    unsigned sum = 0;
    for (size_t i = 0; i < n / 2; i++)
        sum += half[i];
    printf("%u\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
20 -1275
0 15
alloca 33 bytes 15
16
*/
