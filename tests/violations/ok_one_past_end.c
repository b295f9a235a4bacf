// One-past-the-end pointers are formed and compared, never dereferenced.
#include <stdio.h>
#include <stdlib.h>

static int sum_range(const int *begin, const int *end)
{
    int s = 0;
    for (const int *p = begin; p != end; p++)
        s += *p;
    return s;
}

int main(void)
{
    int a[5] = {1, 2, 3, 4, 5};
    int *end = a + 5;
    printf("%d\n", sum_range(a, end));
    printf("%d\n", (int)(end - a));
    int *h = malloc(3 * sizeof *h);
    for (int *p = h; p < h + 3; p++)
        *p = 10;
    printf("%d\n", sum_range(h, h + 3));
    printf("%d\n", &a[5] == end);
    char s[] = "xyz";
    char *q = s;
    while (q < s + sizeof s)
        q++;
    printf("%d\n", (int)(q - s));
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
15
5
30
1
4
*/
