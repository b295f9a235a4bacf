#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct buf { size_t len; int data[]; };
struct str { unsigned short len; char text[]; };

static struct buf *buf_new(size_t n) {
    struct buf *b = malloc(sizeof *b + n * sizeof b->data[0]);
    b->len = n;
    for (size_t i = 0; i < n; i++) b->data[i] = (int)(i * i);
    return b;
}

static struct buf *buf_grow(struct buf *b, size_t n) {
    struct buf *nb = realloc(b, sizeof *nb + n * sizeof nb->data[0]);
    for (size_t i = nb->len; i < n; i++) nb->data[i] = -(int)i;
    nb->len = n;
    return nb;
}

static struct str *str_new(const char *s) {
    size_t n = strlen(s);
    struct str *r = malloc(offsetof(struct str, text) + n + 1);
    r->len = (unsigned short)n;
    memcpy(r->text, s, n + 1);
    return r;
}

int main(void) {
    printf("sizeof(struct buf)=%zu offsetof data=%zu\n", sizeof(struct buf), offsetof(struct buf, data));
    printf("sizeof(struct str)=%zu offsetof text=%zu\n", sizeof(struct str), offsetof(struct str, text));
    struct buf *b = buf_new(5);
    for (size_t i = 0; i < b->len; i++) printf("%d ", b->data[i]);
    printf("\n");
    b = buf_grow(b, 9);
    long sum = 0;
    for (size_t i = 0; i < b->len; i++) sum += b->data[i];
    printf("len=%zu sum=%ld last=%d\n", b->len, sum, b->data[b->len - 1]);
    free(b);
    const char *words[] = {"flexible", "array", "member"};
    struct str *ss[3];
    for (int i = 0; i < 3; i++) ss[i] = str_new(words[i]);
    for (int i = 0; i < 3; i++) {
        ss[i]->text[0] = (char)(ss[i]->text[0] - 32);
        printf("%s(%u) ", ss[i]->text, ss[i]->len);
        free(ss[i]);
    }
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
sizeof(struct buf)=8 offsetof data=8
sizeof(struct str)=2 offsetof text=2
0 1 4 9 16 
len=9 sum=4 last=-8
Flexible(8) Array(5) Member(6) 
*/
