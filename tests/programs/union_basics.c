#include <stdio.h>
#include <string.h>
#include <stdint.h>

union number { int32_t i; uint32_t u; float f; unsigned char b[4]; };
union big_small { char small; double big; char arr[13]; };

struct packet {
    uint8_t kind;
    union {
        struct { uint16_t port; uint8_t flags; } tcp;
        struct { uint16_t port; uint16_t len; } udp;
        uint8_t raw[6];
    } u;
};

int main(void) {
    union number n;
    n.u = 0;
    n.i = -1;
    printf("i=%d u=%u bytes=%d %d %d %d\n", n.i, n.u, n.b[0], n.b[1], n.b[2], n.b[3]);
    n.u = 0x01020304;
    printf("b0=%d b3=%d\n", n.b[0], n.b[3]);
    n.b[3] = 0x80;
    printf("after byte write: i=%d u=%u\n", n.i, n.u);
    printf("sizeof number=%zu big_small=%zu align=%zu\n", sizeof n, sizeof(union big_small), _Alignof(union big_small));
    struct packet pk;
    memset(&pk, 0, sizeof pk);
    pk.kind = 1;
    pk.u.tcp.port = 8080;
    pk.u.tcp.flags = 0x12;
    printf("tcp port=%u flags=%x udp.port alias=%u\n", pk.u.tcp.port, pk.u.tcp.flags, pk.u.udp.port);
    printf("raw:");
    for (int i = 0; i < 6; i++) printf(" %02x", pk.u.raw[i]);
    printf("\n");
    union number arr[3] = {{.i = 5}, {.u = 7u}, {.f = 2.0f}};
    printf("arr: %d %u %g\n", arr[0].i, arr[1].u, (double)arr[2].f);
    union number copy = arr[2];
    printf("copy bits=%08x\n", copy.u);
    return 0;
}

/* EXPECT-STDOUT:
i=-1 u=4294967295 bytes=255 255 255 255
b0=4 b3=1
after byte write: i=-2147351804 u=2147615492
sizeof number=4 big_small=16 align=8
tcp port=8080 flags=12 udp.port alias=8080
raw: 90 1f 12 00 00 00
arr: 5 7 2
copy bits=40000000
*/
