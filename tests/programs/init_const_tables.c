#include <stdio.h>
#include <string.h>

struct keyword { const char *name; int token; unsigned flags; };
static const struct keyword keywords[] = {
    {"break", 1, 0x1}, {"case", 2, 0x2}, {"char", 3, 0x4}, {"const", 4, 0x8},
    {"continue", 5, 0x1}, {"default", 6, 0x2}, {"do", 7, 0x0}, {"double", 8, 0x4},
    {"else", 9, 0x0}, {"enum", 10, 0x4}, {"for", 11, 0x0}, {"goto", 12, 0x1},
};
#define NKW (sizeof keywords / sizeof keywords[0])

static const unsigned char sbox[16] = {
    0x6, 0x4, 0xc, 0x5, 0x0, 0x7, 0x2, 0xe, 0x1, 0xf, 0x3, 0xd, 0x8, 0xa, 0x9, 0xb,
};

static const double coeffs[][3] = {{1.0, 0.5, 0.25}, {2.0, -1.0}, {[2] = 9.0}};

static const struct keyword *lookup(const char *w) {
    int lo = 0, hi = (int)NKW - 1;
    while (lo <= hi) {
        int m = (lo + hi) / 2;
        int c = strcmp(w, keywords[m].name);
        if (!c) return &keywords[m];
        if (c < 0) hi = m - 1; else lo = m + 1;
    }
    return NULL;
}

int main(void) {
    const char *words[] = {"for", "goto", "while", "case", "do", "break", "zzz"};
    for (int i = 0; i < 7; i++) {
        const struct keyword *k = lookup(words[i]);
        if (k) printf("%-6s token=%2d flags=%x\n", words[i], k->token, k->flags);
        else printf("%-6s not a keyword\n", words[i]);
    }
    unsigned x = 0x1234;
    unsigned y = 0;
    for (int i = 0; i < 4; i++) y |= (unsigned)sbox[(x >> (4 * i)) & 0xF] << (4 * i);
    printf("sbox(0x1234)=%04x\n", y);
    for (int r = 0; r < 3; r++) printf("coeffs[%d]= %g %g %g\n", r, coeffs[r][0], coeffs[r][1], coeffs[r][2]);
    printf("NKW=%zu\n", NKW);
    return 0;
}

/* EXPECT-STDOUT:
for    token=11 flags=0
goto   token=12 flags=1
while  not a keyword
case   token= 2 flags=2
do     token= 7 flags=0
break  token= 1 flags=1
zzz    not a keyword
sbox(0x1234)=4c50
coeffs[0]= 1 0.5 0.25
coeffs[1]= 2 -1 0
coeffs[2]= 0 0 9
NKW=12
*/
