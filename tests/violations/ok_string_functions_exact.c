// String functions used with exactly fitting buffers.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char a[6];
    strcpy(a, "hello"); /* 5 + NUL = 6 */
    char b[12] = "hello";
    strcat(b, " world"); /* 11 + NUL = 12 */
    char c[8];
    strncpy(c, "abc", sizeof c); /* pads with NULs to 8 */
    char d[4];
    memcpy(d, "xyz", 4);
    char e[16];
    int n = sprintf(e, "%d-%s", 12345, "abcd"); /* 10 + NUL */
    printf("%s|%s|%s|%s|%s|%d\n", a, b, c, d, e, n);
    printf("%zu %zu %d %d\n", strlen(b), strnlen(c, sizeof c), strcmp(a, "hello"), memcmp(d, "xyz", 4));
    char *dup = malloc(strlen(b) + 1);
    strcpy(dup, b);
    char *w = strchr(dup, 'w');
    char *o = strrchr(dup, 'o');
    printf("%s %s %s\n", w, o, strstr(dup, "lo w"));
    char f[3];
    strncat(strcpy(f, "a"), "bcdef", 1);
    printf("%s\n", f);
    free(dup);
    return 0;
}
/* EXPECT-STDOUT:
hello|hello world|abc|xyz|12345-abcd|10
11 3 0 0
world orld lo world
ab
*/
