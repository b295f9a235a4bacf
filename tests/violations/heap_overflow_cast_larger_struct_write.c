// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A message header is allocated at its own size, but the code casts it to
// the full message type and fills the payload.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hdr {
    unsigned short kind;
    unsigned short size;
};

struct msg {
    struct hdr h;
    char payload[32];
};

static void fill(struct hdr *h)
{
    struct msg *m = (struct msg *)h;
    m->payload[0] = 'x'; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
}

int main(void)
{
    struct hdr *h = malloc(sizeof *h);
    memset(h, 0, sizeof *h);
    printf("start\n");
    fill(h);
    free(h);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
