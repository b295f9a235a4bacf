#include <stdio.h>

struct reg {
    unsigned int mode : 2;
    unsigned int count : 5;
    unsigned int enable : 1;
    unsigned int value : 24;
};

static void show(const char *tag, struct reg r) {
    printf("%-8s mode=%u count=%2u enable=%u value=%06x\n", tag, r.mode, r.count, r.enable, r.value);
}

int main(void) {
    struct reg r = {0, 0, 0, 0};
    show("init", r);
    r.mode = 5;        /* 5 & 3 = 1 */
    r.count = 40;      /* 40 & 31 = 8 */
    r.enable = 3;      /* 1 */
    r.value = 0x12345678; /* low 24 bits */
    show("trunc", r);
    for (int i = 0; i < 4; i++) { r.count += 10; show("count+10", r); }
    r.value = 0;
    r.value--;
    show("value--", r);
    r.value += 2;
    show("value+2", r);
    unsigned big = 0xFFFFFFFFu;
    r.mode = big;
    r.count = big >> 3;
    show("big", r);
    /* bitfields in expressions */
    int x = r.count * 2 + r.mode;
    printf("x=%d\n", x);
    unsigned m = r.value & 0xF0;
    printf("m=%x\n", m);
    /* compound assignment wraps within width */
    r.mode = 3;
    r.mode *= 3;
    show("mode*=3", r);
    return 0;
}

/* EXPECT-STDOUT:
init     mode=0 count= 0 enable=0 value=000000
trunc    mode=1 count= 8 enable=1 value=345678
count+10 mode=1 count=18 enable=1 value=345678
count+10 mode=1 count=28 enable=1 value=345678
count+10 mode=1 count= 6 enable=1 value=345678
count+10 mode=1 count=16 enable=1 value=345678
value--  mode=1 count=16 enable=1 value=ffffff
value+2  mode=1 count=16 enable=1 value=000001
big      mode=3 count=31 enable=1 value=000001
x=65
m=0
mode*=3  mode=1 count=31 enable=1 value=000001
*/
