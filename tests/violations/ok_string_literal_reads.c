// Reading string literals up to and including the terminator, sizeof of
// literals, and indexing a literal directly.
#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *s = "literal";
    size_t n = 0;
    while (s[n])
        n++;
    printf("%zu %d %zu\n", n, s[n], sizeof "literal");
    printf("%c%c\n", "0123456789abcdef"[10], "xyz"[2]);
    const char *words[] = {"a", "bb", "ccc"};
    for (int i = 0; i < 3; i++)
        printf("%s:%zu ", words[i], strlen(words[i]));
    printf("\n");
    char copy[sizeof "literal"];
    memcpy(copy, "literal", sizeof copy);
    printf("%s\n", copy);
    return 0;
}
/* EXPECT-STDOUT:
7 0 8
az
a:1 bb:2 ccc:3 
literal
*/
