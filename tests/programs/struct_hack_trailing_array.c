// The pre-C99 "struct hack": a trailing one-element array allocated larger
// (Lua's TString, many kernel structures). Its window is the rest of the
// block, not one element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct str {
    size_t len;
    unsigned hash;
    char contents[1];
};

static struct str *mkstr(const char *s)
{
    size_t n = strlen(s);
    struct str *t = malloc(sizeof(struct str) + n);
    t->len = n;
    t->hash = 0;
    for (size_t i = 0; i < n; i++) {
        t->contents[i] = s[i];
        t->hash = t->hash * 31 + (unsigned char)s[i];
    }
    t->contents[n] = '\0';
    return t;
}

int main(void)
{
    struct str *a = mkstr("hello, struct hack");
    printf("%zu %u %s %c\n", a->len, a->hash, a->contents, a->contents[7]);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
18 4120663814 hello, struct hack s
*/
