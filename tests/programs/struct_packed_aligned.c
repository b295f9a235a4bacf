#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct normal { char c; int i; short s; };
struct __attribute__((packed)) packed { char c; int i; short s; };
struct pmember { char c; int i __attribute__((packed)); char d; };
struct __attribute__((aligned(16))) al16 { char c; };
struct al_member { char c; int i __attribute__((aligned(8))); };
struct __attribute__((packed, aligned(4))) pa4 { char c; int i; };
typedef struct { uint8_t tag; uint32_t value; uint16_t crc; } __attribute__((packed)) wire_t;
struct contains_packed { char pre; struct packed p; };

#define SHOW(T) printf("%-24s size=%2zu align=%2zu\n", #T, sizeof(T), _Alignof(T))

int main(void) {
    SHOW(struct normal);
    SHOW(struct packed);
    SHOW(struct pmember);
    SHOW(struct al16);
    SHOW(struct al_member);
    SHOW(struct pa4);
    SHOW(wire_t);
    SHOW(struct contains_packed);
    printf("normal offsets c=%zu i=%zu s=%zu\n", offsetof(struct normal, c), offsetof(struct normal, i), offsetof(struct normal, s));
    printf("packed offsets c=%zu i=%zu s=%zu\n", offsetof(struct packed, c), offsetof(struct packed, i), offsetof(struct packed, s));
    printf("pmember offsets i=%zu d=%zu\n", offsetof(struct pmember, i), offsetof(struct pmember, d));
    printf("al_member offset i=%zu\n", offsetof(struct al_member, i));
    wire_t w = {0xAA, 0x11223344u, 0xBEEF};
    unsigned char raw[sizeof w];
    memcpy(raw, &w, sizeof w);
    for (size_t i = 0; i < sizeof w; i++) printf("%02x", raw[i]);
    printf("\n");
    struct packed p = {'x', 123456, -2};
    p.i += 1;
    printf("packed p.i=%d p.s=%d\n", p.i, p.s);
    struct al16 arr[3];
    printf("al16 array size=%zu\n", sizeof arr);
    int __attribute__((aligned(64))) big_aligned = 5;
    printf("aligned local value=%d mod64=%d\n", big_aligned, (int)((uintptr_t)&big_aligned % 64));
    return 0;
}

/* EXPECT-STDOUT:
struct normal            size=12 align= 4
struct packed            size= 7 align= 1
struct pmember           size= 6 align= 1
struct al16              size=16 align=16
struct al_member         size=16 align= 8
struct pa4               size= 8 align= 4
wire_t                   size= 7 align= 1
struct contains_packed   size= 8 align= 1
normal offsets c=0 i=4 s=8
packed offsets c=0 i=1 s=5
pmember offsets i=1 d=5
al_member offset i=8
aa44332211efbe
packed p.i=123457 p.s=-2
al16 array size=48
aligned local value=5 mod64=0
*/
