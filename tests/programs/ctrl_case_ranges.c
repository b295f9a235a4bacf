#include <stdio.h>

static const char *grade(int score) {
    switch (score) {
    case 90 ... 100: return "A";
    case 80 ... 89: return "B";
    case 70 ... 79: return "C";
    case 0 ... 69: return "F";
    default: return "invalid";
    }
}

static int char_kind(char c) {
    switch (c) {
    case 'a' ... 'z': return 1;
    case 'A' ... 'Z': return 2;
    case '0' ... '9': return 3;
    case ' ': return 4;
    default: return 0;
    }
}

int main(void) {
    int scores[] = {100, 95, 90, 89, 75, 69, 0, -1, 101};
    for (int i = 0; i < 9; i++) printf("%d:%s ", scores[i], grade(scores[i]));
    printf("\n");
    const char *s = "Hello World 2024!";
    int k[5] = {0};
    for (const char *p = s; *p; p++) k[char_kind(*p)]++;
    printf("other=%d lower=%d upper=%d digit=%d space=%d\n", k[0], k[1], k[2], k[3], k[4]);
    for (int i = -3; i <= 12; i += 3) {
        switch (i) {
        case -5 ... -1: printf("%d neg\n", i); break;
        case 0: printf("%d zero\n", i); break;
        case 1 ... 5: printf("%d small\n", i);
        /* fallthrough */
        case 6 ... 9: printf("%d medium-or-fell\n", i); break;
        default: printf("%d large\n", i);
        }
    }
    return 0;
}

/* EXPECT-STDOUT:
100:A 95:A 90:A 89:B 75:C 69:F 0:F -1:invalid 101:invalid 
other=1 lower=8 upper=2 digit=4 space=2
-3 neg
0 zero
3 small
3 medium-or-fell
6 medium-or-fell
9 medium-or-fell
12 large
*/
