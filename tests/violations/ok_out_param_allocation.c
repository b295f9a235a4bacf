// Out-parameter allocation (T **out), error codes, and ownership transfer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct blob {
    size_t len;
    char *data;
};

static int blob_new(const char *s, struct blob **out)
{
    if (!s)
        return -1;
    struct blob *b = malloc(sizeof *b);
    b->len = strlen(s);
    b->data = malloc(b->len + 1);
    memcpy(b->data, s, b->len + 1);
    *out = b;
    return 0;
}

static void blob_free(struct blob *b)
{
    if (!b)
        return;
    free(b->data);
    free(b);
}

int main(void)
{
    struct blob *b = NULL;
    if (blob_new("owned data", &b) == 0)
        printf("%zu %s\n", b->len, b->data);
    struct blob *none = NULL;
    printf("%d %d\n", blob_new(NULL, &none), none == NULL);
    blob_free(b);
    blob_free(none);
    return 0;
}
/* EXPECT-STDOUT:
10 owned data
-1 1
*/
