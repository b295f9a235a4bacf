// ERR_PTR-style values: small negative errno values stored in pointers,
// compared and converted back, never dereferenced.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) ((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
    return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
    return (long)ptr;
}

static inline int IS_ERR(const void *ptr)
{
    return IS_ERR_VALUE((unsigned long)ptr);
}

struct buf {
    int size;
};

static struct buf *buf_create(int size)
{
    if (size <= 0)
        return ERR_PTR(-EINVAL);
    if (size > 1000)
        return ERR_PTR(-ENOMEM);
    struct buf *b = malloc(sizeof *b);
    b->size = size;
    return b;
}

int main(void)
{
    int sizes[3] = {16, 0, 5000};
    for (int i = 0; i < 3; i++) {
        struct buf *b = buf_create(sizes[i]);
        if (IS_ERR(b)) {
            printf("error %ld\n", PTR_ERR(b));
            continue;
        }
        printf("size %d\n", b->size);
        free(b);
    }
    return 0;
}
/* EXPECT-STDOUT:
size 16
error -22
error -12
*/
