#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg {
    unsigned char type;
    unsigned char flags;
    unsigned short length;
    unsigned char payload[0];
};

struct line { int number; char text[0]; };

static struct msg *msg_new(unsigned char type, const void *data, unsigned short n) {
    struct msg *m = malloc(sizeof(struct msg) + n);
    m->type = type;
    m->flags = 0;
    m->length = n;
    memcpy(m->payload, data, n);
    return m;
}

static unsigned checksum(const struct msg *m) {
    unsigned s = m->type;
    for (unsigned i = 0; i < m->length; i++) s = s * 31 + m->payload[i];
    return s;
}

int main(void) {
    printf("sizeof msg=%zu sizeof line=%zu\n", sizeof(struct msg), sizeof(struct line));
    const char text[] = "zero length arrays";
    struct msg *m = msg_new(7, text, (unsigned short)sizeof text);
    printf("type=%u len=%u payload=%s sum=%u\n", m->type, m->length, (const char *)m->payload, checksum(m));
    m->payload[0] = 'Z';
    printf("modified=%s sum=%u\n", (const char *)m->payload, checksum(m));
    free(m);
    int nums[] = {1, 2, 3, 4};
    struct msg *m2 = msg_new(2, nums, sizeof nums);
    int back[4];
    memcpy(back, m2->payload, sizeof back);
    printf("ints back: %d %d %d %d sum=%u\n", back[0], back[1], back[2], back[3], checksum(m2));
    free(m2);
    struct line *l = malloc(sizeof *l + 16);
    l->number = 42;
    strcpy(l->text, "hello line");
    printf("%d: %s\n", l->number, l->text);
    free(l);
    return 0;
}

/* EXPECT-STDOUT:
sizeof msg=4 sizeof line=4
type=7 len=19 payload=zero length arrays sum=848158685
modified=Zero length arrays sum=2101454781
ints back: 1 2 3 4 sum=3387833528
42: hello line
*/
