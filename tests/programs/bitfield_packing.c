#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct rgb565 { unsigned b : 5, g : 6, r : 5; };
struct flags { unsigned a : 1, b : 1, c : 1, d : 1, rest : 28; };
struct ipv4_hdr {
    unsigned ihl : 4;
    unsigned version : 4;
    unsigned tos : 8;
    unsigned len : 16;
};
struct mixed { char c; unsigned x : 4; unsigned y : 12; short s; };
struct wide { unsigned long long lo : 40; unsigned long long hi : 24; };
struct zero_sep { unsigned a : 3; unsigned : 0; unsigned b : 3; };
struct unnamed_pad { unsigned a : 2; unsigned : 6; unsigned b : 8; };

int main(void) {
    struct rgb565 px = {31, 63, 31};
    uint16_t raw;
    memcpy(&raw, &px, sizeof raw);
    printf("rgb565 white raw=%04x size=%zu\n", raw, sizeof px);
    px.r = 1; px.g = 2; px.b = 3;
    memcpy(&raw, &px, sizeof raw);
    printf("rgb565 raw=%04x\n", raw);
    struct flags f;
    memset(&f, 0, sizeof f);
    f.b = 1; f.d = 1; f.rest = 0xABCDEF;
    uint32_t fr;
    memcpy(&fr, &f, 4);
    printf("flags raw=%08x size=%zu\n", fr, sizeof f);
    struct ipv4_hdr h;
    memset(&h, 0, sizeof h);
    h.version = 4; h.ihl = 5; h.tos = 0; h.len = 1500;
    unsigned char bytes[4];
    memcpy(bytes, &h, 4);
    printf("ipv4 bytes=%02x %02x %02x %02x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
    printf("sizeof mixed=%zu wide=%zu zero_sep=%zu unnamed_pad=%zu\n",
           sizeof(struct mixed), sizeof(struct wide), sizeof(struct zero_sep), sizeof(struct unnamed_pad));
    struct wide w = {0xFFFFFFFFFFULL, 0xABCDEF};
    printf("wide lo=%llx hi=%llx\n", (unsigned long long)w.lo, (unsigned long long)w.hi);
    w.lo += 1;
    printf("wide lo after +1=%llx hi=%llx\n", (unsigned long long)w.lo, (unsigned long long)w.hi);
    struct zero_sep z;
    memset(&z, 0, sizeof z);
    z.a = 5; z.b = 6;
    uint64_t zr = 0;
    memcpy(&zr, &z, sizeof z);
    printf("zero_sep raw=%llx\n", (unsigned long long)zr);
    struct unnamed_pad up;
    memset(&up, 0, sizeof up);
    up.a = 3; up.b = 0x5A;
    uint32_t ur = 0;
    memcpy(&ur, &up, sizeof up);
    printf("unnamed_pad raw=%x\n", ur);
    return 0;
}

/* EXPECT-STDOUT:
rgb565 white raw=ffff size=4
rgb565 raw=0843
flags raw=0abcdefa size=4
ipv4 bytes=45 00 dc 05
sizeof mixed=8 wide=8 zero_sep=8 unnamed_pad=4
wide lo=ffffffffff hi=abcdef
wide lo after +1=0 hi=abcdef
zero_sep raw=600000005
unnamed_pad raw=5a03
*/
