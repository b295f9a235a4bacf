// GNU zero-length arrays used as flexible members (older kernel style).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg {
    unsigned short type;
    unsigned short len;
    unsigned char payload[0];
};

int main(void)
{
    const char *text = "zero-length";
    unsigned short n = (unsigned short)strlen(text);
    struct msg *m = malloc(sizeof *m + n);
    m->type = 3;
    m->len = n;
    memcpy(m->payload, text, n);
    printf("type %u len %u first %c last %c\n", m->type, m->len, m->payload[0], m->payload[n - 1]);
    printf("%.*s\n", (int)m->len, (const char *)m->payload);
    printf("%zu\n", sizeof(struct msg));
    free(m);
    return 0;
}
/* EXPECT-STDOUT:
type 3 len 11 first z last h
zero-length
4
*/
