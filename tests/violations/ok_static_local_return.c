// Returning pointers to static locals, string literals and heap blocks (not
// to automatic locals) is fine.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *counter_name(int i)
{
    static char buf[32];
    snprintf(buf, sizeof buf, "counter-%d", i);
    return buf;
}

static const char *level(int x)
{
    return x > 0 ? "positive" : "non-positive";
}

static int *make_array(int n)
{
    int *a = malloc(n * sizeof *a);
    for (int i = 0; i < n; i++)
        a[i] = n - i;
    return a;
}

static char *join(const char *a, const char *b)
{
    char *r = malloc(strlen(a) + strlen(b) + 2);
    sprintf(r, "%s/%s", a, b);
    return r;
}

int main(void)
{
    printf("%s\n", counter_name(3));
    printf("%s %s\n", level(1), level(-1));
    int *a = make_array(4);
    printf("%d %d\n", a[0], a[3]);
    char *p = join("usr", "lib");
    printf("%s\n", p);
    free(p);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
counter-3
positive non-positive
4 1
usr/lib
*/
