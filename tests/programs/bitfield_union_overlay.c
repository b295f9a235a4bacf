#include <stdio.h>
#include <stdint.h>

/* hardware-register style: a union of a raw word and a bitfield view */
union ctrl_reg {
    uint32_t raw;
    struct {
        uint32_t enable : 1;
        uint32_t mode : 3;
        uint32_t irq_mask : 4;
        uint32_t divider : 8;
        uint32_t reserved : 12;
        uint32_t status : 4;
    } f;
};

union color {
    uint16_t raw;
    struct { uint16_t b : 5, g : 6, r : 5; } c;
};

static void dump(const char *tag, union ctrl_reg r) {
    printf("%-10s raw=%08x en=%u mode=%u irq=%x div=%u res=%u st=%x\n", tag, r.raw, r.f.enable, r.f.mode,
           r.f.irq_mask, r.f.divider, r.f.reserved, r.f.status);
}

int main(void) {
    union ctrl_reg r = {.raw = 0};
    dump("zero", r);
    r.f.enable = 1;
    r.f.mode = 5;
    r.f.divider = 200;
    dump("fields", r);
    r.raw |= 0xF0000000u;
    dump("raw|=", r);
    r.raw = 0xDEADBEEFu;
    dump("deadbeef", r);
    r.f.reserved = 0;
    dump("clear res", r);
    union ctrl_reg s = {.f = {.mode = 7, .status = 0xA}};
    dump("init f", s);
    union color c = {.c = {.r = 31, .g = 0, .b = 0}};
    printf("red raw=%04x\n", c.raw);
    c.raw = 0x07E0;
    printf("green? r=%u g=%u b=%u\n", c.c.r, c.c.g, c.c.b);
    printf("sizes: %zu %zu\n", sizeof(union ctrl_reg), sizeof(union color));
    return 0;
}

/* EXPECT-STDOUT:
zero       raw=00000000 en=0 mode=0 irq=0 div=0 res=0 st=0
fields     raw=0000c80b en=1 mode=5 irq=0 div=200 res=0 st=0
raw|=      raw=f000c80b en=1 mode=5 irq=0 div=200 res=0 st=f
deadbeef   raw=deadbeef en=1 mode=7 irq=e div=190 res=3757 st=d
clear res  raw=d000beef en=1 mode=7 irq=e div=190 res=0 st=d
init f     raw=a000000e en=0 mode=7 irq=0 div=0 res=0 st=a
red raw=f800
green? r=0 g=63 b=0
sizes: 4 2
*/
