// Variables that are initialized on some paths only, but read only on paths
// where they were written (a flag guards the read).
#include <stdio.h>

static int parse(const char *s, int *out)
{
    if (s[0] >= '0' && s[0] <= '9') {
        *out = s[0] - '0';
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    (void)argv;
    int x;
    int have_x = 0;
    if (argc > 1) {
        x = argc;
        have_x = 1;
    }
    if (have_x)
        printf("x %d\n", x);
    else
        printf("no x\n");
    int v;
    if (parse("7", &v))
        printf("v %d\n", v);
    int w;
    if (parse("q", &w))
        printf("w %d\n", w);
    else
        printf("no w\n");
    int arr[8];
    int n = 0;
    for (int i = 0; i < 8; i += 2)
        arr[n++] = i;
    int s = 0;
    for (int i = 0; i < n; i++)
        s += arr[i];
    printf("s %d\n", s);
    return 0;
}
/* EXPECT-STDOUT:
no x
v 7
no w
s 12
*/
