#include <stdio.h>

static int eval(int kind, int sub, int v) {
    int r = 0;
    switch (kind) {
    case 0:
        switch (sub) {
        case 0: r = v + 1; break;
        case 1: r = v - 1; break;
        default: r = v;
        }
        break;
    case 1:
        switch (sub) {
        case 0: r = v * 2;
        /* fallthrough */
        case 1: r += 100; break;
        }
        r += 1000;
        break;
    default:
        switch (v & 3) {
        case 0: return -1;
        case 3:
            switch (sub) { case 2: return -3; default: break; }
            r = 33;
            break;
        default: r = 12;
        }
    }
    return r;
}

int main(void) {
    for (int k = 0; k < 3; k++)
        for (int s = 0; s < 3; s++) {
            printf("k%d s%d:", k, s);
            for (int v = 4; v < 8; v++) printf(" %d", eval(k, s, v));
            printf("\n");
        }
    /* switch with declarations in block and default first */
    for (int i = 0; i < 4; i++) {
        switch (i) {
        default: {
            int t = i * i;
            printf("default t=%d\n", t);
            break;
        }
        case 1: {
            int t = -i;
            printf("case1 t=%d\n", t);
        }
        }
    }
    return 0;
}

/* EXPECT-STDOUT:
k0 s0: 5 6 7 8
k0 s1: 3 4 5 6
k0 s2: 4 5 6 7
k1 s0: 1108 1110 1112 1114
k1 s1: 1100 1100 1100 1100
k1 s2: 1000 1000 1000 1000
k2 s0: -1 12 12 33
k2 s1: -1 12 12 33
k2 s2: -1 12 12 -3
default t=0
case1 t=-1
default t=4
default t=9
*/
