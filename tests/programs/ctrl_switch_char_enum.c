#include <stdio.h>

enum tok { T_NUM, T_PLUS, T_MINUS, T_STAR, T_LP, T_RP, T_SPACE, T_OTHER };

static enum tok classify(char c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return T_NUM;
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '(': return T_LP;
    case ')': return T_RP;
    case ' ': case '\t': case '\n': return T_SPACE;
    default: return T_OTHER;
    }
}

static const char *tok_name(enum tok t) {
    switch (t) {
    case T_NUM: return "NUM";
    case T_PLUS: return "PLUS";
    case T_MINUS: return "MINUS";
    case T_STAR: return "STAR";
    case T_LP: return "LP";
    case T_RP: return "RP";
    case T_SPACE: return "SP";
    case T_OTHER: break;
    }
    return "OTHER";
}

int main(void) {
    const char *src = "(12 + x) * 3-\t4";
    int counts[T_OTHER + 1] = {0};
    for (const char *p = src; *p; p++) {
        enum tok t = classify(*p);
        counts[t]++;
        printf("%s%s", tok_name(t), p[1] ? "," : "\n");
    }
    for (int t = T_NUM; t <= T_OTHER; t++) printf("%s=%d ", tok_name((enum tok)t), counts[t]);
    printf("\n");
    unsigned char uc = 200;
    switch (uc) {
    case 200: puts("uchar 200"); break;
    default: puts("uchar other");
    }
    signed char sc = -3;
    switch (sc) {
    case -3: puts("schar -3"); break;
    case 3: puts("schar 3"); break;
    }
    long long big = 1LL << 40;
    switch (big) {
    case 1LL << 40: puts("ll 2^40"); break;
    default: puts("ll other");
    }
    return 0;
}

/* EXPECT-STDOUT:
LP,NUM,NUM,SP,PLUS,SP,OTHER,RP,SP,STAR,SP,NUM,MINUS,SP,NUM
NUM=4 PLUS=1 MINUS=1 STAR=1 LP=1 RP=1 SP=5 OTHER=1 
uchar 200
schar -3
ll 2^40
*/
