#include <stdio.h>

int main(void) {
    unsigned char uc = 200;
    signed char sc = -100;
    unsigned short us = 65000;
    short ss = -30000;

    /* char/short promote to int before arithmetic */
    int a = uc + uc;
    int b = sc * 2;
    int c = us + 1000;
    int d = ss - 10000;
    printf("a=%d b=%d c=%d d=%d\n", a, b, c, d);

    /* sizeof of promoted expressions */
    printf("sizeof(uc+uc)=%zu sizeof(+sc)=%zu sizeof(us)=%zu\n",
           sizeof(uc + uc), sizeof(+sc), sizeof(us));

    /* ~ on unsigned char promotes to int */
    int e = ~uc;
    printf("~uc=%d (unsigned char)~uc=%d\n", e, (unsigned char)~uc);

    /* comparison after promotion */
    unsigned char x = 0xff;
    if (x == 0xff) puts("x == 0xff");
    if ((unsigned char)~x == 0) puts("(uchar)~x == 0");
    if (~x != 0) puts("~x != 0 (promoted)");

    /* shift of promoted char */
    unsigned char sh = 0x81;
    printf("sh<<4=%d (uchar)(sh<<4)=%d\n", sh << 4, (unsigned char)(sh << 4));

    /* short multiplication does not overflow in int */
    short m1 = 300, m2 = 300;
    int prod = m1 * m2;
    printf("prod=%d\n", prod);

    /* char arithmetic wraps when stored back */
    unsigned char w = 250;
    w += 10;
    printf("w=%d\n", w);
    unsigned short ws = 65535;
    ws++;
    printf("ws=%d\n", ws);

    /* bool-like promotions */
    _Bool bb = 1;
    printf("bb+bb=%d\n", bb + bb);

    /* conditional operator result type */
    long l = 1 ? uc : 5L;
    printf("l=%ld sizeof=%zu\n", l, sizeof(1 ? uc : 5L));
    return 0;
}

/* EXPECT-STDOUT:
a=400 b=-200 c=66000 d=-40000
sizeof(uc+uc)=4 sizeof(+sc)=4 sizeof(us)=2
~uc=-201 (unsigned char)~uc=55
x == 0xff
(uchar)~x == 0
~x != 0 (promoted)
sh<<4=2064 (uchar)(sh<<4)=16
prod=90000
w=4
ws=0
bb+bb=2
l=200 sizeof=8
*/
