// Pointers into the middle of arrays passed to functions that index
// backwards (p[-1]) within bounds.
#include <stdio.h>
#include <stdlib.h>

static int smooth(const int *p)
{
    return (p[-1] + p[0] + p[1]) / 3;
}

static int prev_char_is(const char *p, char c)
{
    return p[-1] == c;
}

int main(void)
{
    int v[6] = {3, 6, 9, 12, 15, 18};
    for (int i = 1; i < 5; i++)
        printf("%d ", smooth(&v[i]));
    printf("\n");
    int *h = malloc(4 * sizeof *h);
    for (int i = 0; i < 4; i++)
        h[i] = i;
    int *last = h + 3;
    printf("%d %d %d\n", last[0], last[-1], last[-3]);
    const char *s = "a-b";
    printf("%d %d\n", prev_char_is(s + 2, '-'), prev_char_is(s + 1, 'x'));
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
6 9 12 15 
3 2 0
1 0
*/
