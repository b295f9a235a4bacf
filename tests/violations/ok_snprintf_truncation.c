// Char buffers filled exactly to their size, and snprintf truncation.
#include <stdio.h>
#include <string.h>

static char digits[] = "12345678";

int main(int argc, char **argv)
{
    (void)argv;
    char exact[6];
    int n = snprintf(exact, sizeof exact, "%s", "hello");
    printf("%d [%s]\n", n, exact);
    char small[4];
    n = snprintf(small, sizeof small, "%d", 123455 + argc);
    printf("%d [%s] %zu\n", n, small, strlen(small));
    char noterm[4] = "abcd"; /* no terminator: legal, used with lengths only */
    printf("[%.4s]\n", noterm);
    fwrite(noterm, 1, sizeof noterm, stdout);
    printf("\n");
    char tiny[1];
    n = snprintf(tiny, sizeof tiny, "%s", digits + 5);
    printf("%d %d\n", n, tiny[0]);
    n = snprintf(NULL, 0, "%s-%d", "len", 42);
    printf("%d\n", n);
    char buf[8];
    size_t bn = sizeof buf;
    strncpy(buf, digits, bn); /* fills all 8, no NUL */
    printf("%.*s\n", (int)sizeof buf, buf);
    return 0;
}
/* EXPECT-STDOUT:
5 [hello]
6 [123] 3
[abcd]
abcd
3 0
6
12345678
*/
