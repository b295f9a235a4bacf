#include <stdio.h>
#include <stdint.h>

union u { uint32_t word; uint8_t bytes[4]; float f; };
union v { struct { uint16_t lo, hi; } half; uint32_t all; };
struct holder { int kind; union { int i; double d; const char *s; } val; };

static union u g1 = {0x11223344};              /* first member */
static union u g2 = {.bytes = {1, 2, 3, 4}};    /* designated */
static union v g3 = {.half = {.hi = 0xABCD}};

int main(void) {
    printf("g1 word=%08x byte0=%02x\n", g1.word, g1.bytes[0]);
    printf("g2 word=%08x\n", g2.word);
    printf("g3 all=%08x lo=%x\n", g3.all, g3.half.lo);
    union u l1 = {.f = 1.0f};
    printf("l1 word=%08x\n", l1.word);
    union u l2 = {7};
    printf("l2 word=%u bytes=%d,%d\n", l2.word, l2.bytes[0], l2.bytes[1]);
    struct holder hs[] = {
        {0, {.i = 42}},
        {1, {.d = 3.5}},
        {2, {.s = "text"}},
        {0, {-9}},
    };
    for (int i = 0; i < 4; i++) {
        switch (hs[i].kind) {
        case 0: printf("int %d\n", hs[i].val.i); break;
        case 1: printf("double %g\n", hs[i].val.d); break;
        case 2: printf("string %s\n", hs[i].val.s); break;
        }
    }
    union v arr[2] = {{{1, 2}}, {.all = 0xFFFF0000u}};
    printf("arr0 all=%08x arr1 hi=%x lo=%x\n", arr[0].all, arr[1].half.hi, arr[1].half.lo);
    union u cl = (union u){.bytes = {0xde, 0xad, 0xbe, 0xef}};
    printf("compound literal union word=%08x\n", cl.word);
    return 0;
}

/* EXPECT-STDOUT:
g1 word=11223344 byte0=44
g2 word=04030201
g3 all=abcd0000 lo=0
l1 word=3f800000
l2 word=7 bytes=7,0
int 42
double 3.5
string text
int -9
arr0 all=00020001 arr1 hi=ffff lo=0
compound literal union word=efbeadde
*/
