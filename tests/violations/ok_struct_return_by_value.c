// Structs containing arrays returned by value (the array is copied, no
// pointer into the dead frame escapes).
#include <stdio.h>
#include <string.h>

struct name {
    char text[16];
    int len;
};

static struct name make(const char *s)
{
    struct name n;
    memset(&n, 0, sizeof n);
    strncpy(n.text, s, sizeof n.text - 1);
    n.len = (int)strlen(n.text);
    return n;
}

static struct name upper(struct name n)
{
    for (int i = 0; i < n.len; i++)
        if (n.text[i] >= 'a' && n.text[i] <= 'z')
            n.text[i] = (char)(n.text[i] - 32);
    return n;
}

int main(void)
{
    struct name a = make("value");
    struct name b = upper(a);
    printf("%s %s %d\n", a.text, b.text, b.len);
    printf("%s\n", upper(make("chained")).text);
    return 0;
}
/* EXPECT-STDOUT:
value VALUE 5
CHAINED
*/
