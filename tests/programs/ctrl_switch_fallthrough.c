#include <stdio.h>

static int days_before_month(int m) {
    int d = 0;
    switch (m) {
    case 12: d += 30; /* fallthrough */
    case 11: d += 31; /* fallthrough */
    case 10: d += 30; /* fallthrough */
    case 9: d += 31; /* fallthrough */
    case 8: d += 31; /* fallthrough */
    case 7: d += 30; /* fallthrough */
    case 6: d += 31; /* fallthrough */
    case 5: d += 30; /* fallthrough */
    case 4: d += 31; /* fallthrough */
    case 3: d += 28; /* fallthrough */
    case 2: d += 31; /* fallthrough */
    case 1: break;
    default: d = -1;
    }
    return d;
}

static const char *classify(int n) {
    switch (n) {
    case 0:
        return "zero";
    case 1:
    case 3:
    case 5:
    case 7:
    case 9:
        return "odd digit";
    case 2: case 4: case 6: case 8:
        return "even digit";
    default:
        if (n < 0) return "negative";
        return "big";
    }
}

int main(void) {
    for (int m = 0; m <= 13; m++) printf("m%d:%d ", m, days_before_month(m));
    printf("\n");
    int tests[] = {0, 3, 8, -4, 42};
    for (int i = 0; i < 5; i++) printf("%d -> %s\n", tests[i], classify(tests[i]));
    int acc = 0;
    for (int i = 0; i < 4; i++) {
        switch (i) {
        case 0: acc += 1;
        __attribute__((fallthrough));
        case 1: acc *= 3;
        __attribute__((fallthrough));
        case 2: acc += 7; break;
        case 3: acc -= 2;
        }
        printf("i=%d acc=%d\n", i, acc);
    }
    return 0;
}

/* EXPECT-STDOUT:
m0:-1 m1:0 m2:31 m3:59 m4:90 m5:120 m6:151 m7:181 m8:212 m9:243 m10:273 m11:304 m12:334 m13:-1 
0 -> zero
3 -> odd digit
8 -> even digit
-4 -> negative
42 -> big
i=0 acc=10
i=1 acc=37
i=2 acc=44
i=3 acc=42
*/
