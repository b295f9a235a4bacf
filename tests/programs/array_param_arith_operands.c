/* Array parameters (char *argv[], int v[]) used in pointer arithmetic,
 * conditionals and memmove: clang types `argv + n` as `char *[]`, C as
 * `char **` (libyaml's run-dumper shifts its argv this way). */
#include <stdio.h>
#include <string.h>

static int sum_tail(int v[], int n)
{
    int *end = v + n;
    int *mid = n > 2 ? v + 2 : v;
    int s = 0;
    for (int *p = mid; p < end; p++)
        s += *p;
    return s + (int)(end - v);
}

static int drop_options(int argc, char *argv[])
{
    int number = 1;
    while (number < argc) {
        if (argv[number][0] == '-') {
            if (number < argc - 1)
                memmove(argv + number, argv + number + 1, (argc - number - 1) * sizeof(char *));
            argc--;
        } else {
            number++;
        }
    }
    return argc;
}

int main(void)
{
    char a0[] = "prog", a1[] = "-x", a2[] = "in.yaml", a3[] = "-c", a4[] = "out.yaml";
    char *args[] = {a0, a1, a2, a3, a4};
    int n = drop_options(5, args);
    for (int i = 0; i < n; i++)
        printf("%s\n", args[i]);
    int v[6] = {1, 2, 3, 4, 5, 6};
    printf("%d %d\n", sum_tail(v, 6), sum_tail(v, 2));
    return 0;
}
/* EXPECT-STDOUT:
prog
in.yaml
out.yaml
24 5
*/
