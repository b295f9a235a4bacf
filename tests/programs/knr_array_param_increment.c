/* K&R definitions whose array parameters (char *argv[]) are moved with
 * ++, --, += and = p + 1 (clang keeps the written array type on them). */
#include <stdio.h>

static int skip_first(n, v)
    int n;
    char *v[];
{
    v += 1;
    v = v + 1;
    --v;
    int total = 0;
    while (--n > 0) {
        total += v[0][0];
        v++;
    }
    return total;
}

int main(argc, argv)
    int argc;
    char *argv[];
{
    char *words[] = {"zero", "alpha", "beta", "gamma"};
    argc--, argv++;
    printf("%d %d\n", argc, skip_first(4, words));
    return 0;
}
/* EXPECT-STDOUT:
0 298
*/
