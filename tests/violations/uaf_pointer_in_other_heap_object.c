// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap object holds a pointer to another heap object; the target is freed
// and later used through the stored pointer.
#include <stdio.h>
#include <stdlib.h>

struct buffer {
    int len;
    char data[16];
};

struct stream {
    struct buffer *buf;
    int pos;
};

int main(void)
{
    struct stream *st = malloc(sizeof *st);
    st->buf = malloc(sizeof *st->buf);
    st->buf->len = 3;
    st->pos = 0;
    printf("start\n");
    free(st->buf); /* forgot to clear st->buf */
    int len = st->buf->len; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%d\n", len);
    free(st);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
