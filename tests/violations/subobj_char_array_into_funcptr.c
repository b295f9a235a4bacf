// ASAN: detects (UBSan: index 16 out of bounds for type 'char [16]')  [gcc 12 -fsanitize=address,undefined, default options]
// A char buffer followed by a function pointer in the same heap struct: the
// copy loop would overwrite the handler (the classic exploit shape).
#include <stdio.h>
#include <stdlib.h>

struct conn {
    char buf[16];
    void (*on_close)(struct conn *);
};

static void closed(struct conn *c)
{
    (void)c;
    printf("closed\n");
}

static void receive(struct conn *c, const char *data, int len)
{
    for (int i = 0; i < len; i++)
        c->buf[i] = data[i]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
}

int main(void)
{
    struct conn *c = malloc(sizeof *c);
    c->on_close = closed;
    char packet[24];
    for (int i = 0; i < 24; i++)
        packet[i] = 'A';
    printf("start\n");
    receive(c, packet, 24);
    c->on_close(c);
    free(c);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
