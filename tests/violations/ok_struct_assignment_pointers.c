// Struct assignment copies pointer members; the copies are used.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct span {
    char *data;
    size_t len;
    struct span *parent;
};

static struct span sub(struct span s, size_t off, size_t len)
{
    struct span r = s;
    r.data += off;
    r.len = len;
    return r;
}

int main(void)
{
    char *text = strdup("hello, structured world");
    struct span all = {text, strlen(text), NULL};
    struct span word = sub(all, 7, 10);
    word.parent = &all;
    printf("[%.*s] [%.*s]\n", (int)word.len, word.data, (int)word.parent->len, word.parent->data);
    struct span copy;
    copy = word;
    copy.data[0] = 'S';
    printf("%s\n", text);
    struct span arr[2] = {all, copy};
    struct span moved[2];
    moved[0] = arr[1];
    moved[1] = arr[0];
    printf("%c %c\n", moved[0].data[0], moved[1].data[0]);
    free(text);
    return 0;
}
/* EXPECT-STDOUT:
[structured] [hello, structured world]
hello, Structured world
S h
*/
