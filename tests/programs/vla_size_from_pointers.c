// A VLA whose size is computed through pointers (http-parser's test.c:
// `char total[strlen(r1->raw) + strlen(r2->raw) + 1]`): the size
// expression is safe code like any other, evaluated once, where the
// declaration is reached.
#include <stdio.h>
#include <string.h>

struct msg {
    const char *raw;
    int parts;
};

static int calls;

static size_t counted(const char *s)
{
    calls++;
    return strlen(s);
}

static size_t join(const struct msg *a, const struct msg *b)
{
    char total[counted(a->raw) + strlen(b->raw) + 1];
    strcpy(total, a->raw);
    strcat(total, b->raw);
    return strlen(total) + sizeof total;
}

static int grid(const int *dims)
{
    int g[dims[0]][*(dims + 1)];
    for (int i = 0; i < dims[0]; i++)
        for (int j = 0; j < dims[1]; j++)
            g[i][j] = i * j;
    return g[dims[0] - 1][dims[1] - 1] + (int)sizeof g;
}

int main(void)
{
    struct msg a = {"GET / HTTP/1.1\r\n", 1}, b = {"Host: x\r\n\r\n", 2};
    int dims[2] = {3, 4};
    size_t n = join(&a, &b);
    printf("%zu %d %d\n", n, grid(dims), calls);
    return 0;
}
/* EXPECT-STDOUT:
55 54 1
*/
