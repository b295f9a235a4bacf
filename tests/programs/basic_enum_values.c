#include <stdio.h>

enum color { RED, GREEN, BLUE };
enum weird { W_NEG = -5, W_NEXT, W_ZERO = 0, W_BIG = 1000, W_AFTER, W_DUP = 1 };
typedef enum { SMALL = 1, MEDIUM = SMALL * 4, LARGE = MEDIUM << 2 } size_e;
enum flags { F_A = 1 << 0, F_B = 1 << 1, F_C = 1 << 2, F_ALL = F_A | F_B | F_C };

static const char *color_name(enum color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    }
    return "?";
}

int main(void) {
    printf("RED=%d GREEN=%d BLUE=%d\n", RED, GREEN, BLUE);
    printf("W_NEG=%d W_NEXT=%d W_ZERO=%d W_BIG=%d W_AFTER=%d W_DUP=%d\n",
           W_NEG, W_NEXT, W_ZERO, W_BIG, W_AFTER, W_DUP);
    printf("SMALL=%d MEDIUM=%d LARGE=%d\n", SMALL, MEDIUM, LARGE);
    printf("F_ALL=%d\n", F_ALL);
    for (enum color c = RED; c <= BLUE; c++) printf("%d:%s ", c, color_name(c));
    printf("\n");
    enum weird w = W_NEG;
    printf("w<0: %d\n", w < 0);
    size_e s = LARGE;
    printf("s=%d sizeof=%zu\n", s, sizeof s);
    int fl = F_A | F_C;
    printf("has B: %d has C: %d\n", (fl & F_B) != 0, (fl & F_C) != 0);
    enum { LOCAL_A = 7, LOCAL_B } loc = LOCAL_B;
    printf("loc=%d\n", loc);
    return 0;
}

/* EXPECT-STDOUT:
RED=0 GREEN=1 BLUE=2
W_NEG=-5 W_NEXT=-4 W_ZERO=0 W_BIG=1000 W_AFTER=1001 W_DUP=1
SMALL=1 MEDIUM=4 LARGE=16
F_ALL=7
0:red 1:green 2:blue 
w<0: 1
s=16 sizeof=4
has B: 0 has C: 1
loc=8
*/
