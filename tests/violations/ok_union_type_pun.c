// Type punning between non-pointer members through a union (allowed in C).
#include <stdint.h>
#include <stdio.h>

union pun {
    float f;
    uint32_t u;
    unsigned char b[4];
};

int main(void)
{
    union pun p;
    p.f = 1.0f;
    printf("%08x\n", (unsigned)p.u);
    p.u = 0x40490fdb;
    printf("%.5f\n", p.f);
    p.u = 0x11223344;
    printf("%02x\n", p.b[0]);
    return 0;
}
/* EXPECT-STDOUT:
3f800000
3.14159
44
*/
