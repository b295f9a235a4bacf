#include <stdio.h>

struct bf {
    signed int s3 : 3;
    unsigned int u3 : 3;
    int plain4 : 4;
    unsigned int u1 : 1;
    signed int s1 : 1;
};

int main(void) {
    struct bf b = {0, 0, 0, 0, 0};
    for (int v = -5; v <= 8; v++) {
        b.s3 = v;
        b.u3 = v;
        printf("v=%2d s3=%2d u3=%d\n", v, b.s3, b.u3);
    }
    b.plain4 = 7;
    printf("plain4=%d\n", b.plain4);
    b.plain4 = -8;
    printf("plain4=%d\n", b.plain4);
    b.u1 = 1;
    b.s1 = -1;
    printf("u1=%d s1=%d\n", b.u1, b.s1);
    b.u1 = 2;
    printf("u1 after 2 = %d\n", b.u1);
    /* arithmetic on bitfields promotes to int */
    b.u3 = 7;
    int sum = b.u3 + 1;
    printf("u3+1=%d\n", sum);
    b.u3++;
    printf("u3++ -> %d\n", b.u3);
    b.s3 = 3;
    b.s3++;
    printf("s3 3++ -> %d\n", b.s3);
    printf("sizeof=%zu\n", sizeof b);
    return 0;
}

/* EXPECT-STDOUT:
v=-5 s3= 3 u3=3
v=-4 s3=-4 u3=4
v=-3 s3=-3 u3=5
v=-2 s3=-2 u3=6
v=-1 s3=-1 u3=7
v= 0 s3= 0 u3=0
v= 1 s3= 1 u3=1
v= 2 s3= 2 u3=2
v= 3 s3= 3 u3=3
v= 4 s3=-4 u3=4
v= 5 s3=-3 u3=5
v= 6 s3=-2 u3=6
v= 7 s3=-1 u3=7
v= 8 s3= 0 u3=0
plain4=7
plain4=-8
u1=1 s1=-1
u1 after 2 = 0
u3+1=8
u3++ -> 0
s3 3++ -> -4
sizeof=4
*/
