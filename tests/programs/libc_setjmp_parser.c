#include <stdio.h>
#include <setjmp.h>
#include <ctype.h>

struct parser { const char *src; int pos; jmp_buf err; const char *errmsg; int errpos; };

static void fail(struct parser *p, const char *msg) {
    p->errmsg = msg;
    p->errpos = p->pos;
    longjmp(p->err, 1);
}
static void skip(struct parser *p) { while (p->src[p->pos] == ' ') p->pos++; }
static long expr(struct parser *p);
static long primary(struct parser *p) {
    skip(p);
    char c = p->src[p->pos];
    if (c == '(') {
        p->pos++;
        long v = expr(p);
        skip(p);
        if (p->src[p->pos] != ')') fail(p, "expected ')'");
        p->pos++;
        return v;
    }
    if (c == '-') { p->pos++; return -primary(p); }
    if (!isdigit((unsigned char)c)) fail(p, "expected number");
    long v = 0;
    while (isdigit((unsigned char)p->src[p->pos])) {
        v = v * 10 + (p->src[p->pos++] - '0');
        if (v > 1000000000L) fail(p, "number too large");
    }
    return v;
}
static long term(struct parser *p) {
    long v = primary(p);
    for (;;) {
        skip(p);
        char c = p->src[p->pos];
        if (c == '*') { p->pos++; v *= primary(p); }
        else if (c == '/') {
            p->pos++;
            long d = primary(p);
            if (d == 0) fail(p, "division by zero");
            v /= d;
        } else return v;
        if (v > 1000000000L || v < -1000000000L) fail(p, "overflow");
    }
}
static long expr(struct parser *p) {
    long v = term(p);
    for (;;) {
        skip(p);
        char c = p->src[p->pos];
        if (c == '+') { p->pos++; v += term(p); }
        else if (c == '-') { p->pos++; v -= term(p); }
        else return v;
    }
}
static void evaluate(const char *s) {
    struct parser p = {.src = s, .pos = 0, .errmsg = NULL, .errpos = 0};
    if (setjmp(p.err) == 0) {
        long v = expr(&p);
        skip(&p);
        if (p.src[p.pos] != '\0') fail(&p, "trailing input");
        printf("%-20s = %ld\n", s, v);
    } else {
        printf("%-20s : error at %d: %s\n", s, p.errpos, p.errmsg);
    }
}

int main(void) {
    const char *tests[] = {"1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "-(4 - 10) * 2",
                           "7 7", "abc", "100000 * 100000", "((((5))))", "12 / 4 / 3"};
    for (unsigned i = 0; i < sizeof tests / sizeof tests[0]; i++) evaluate(tests[i]);
    return 0;
}

/* EXPECT-STDOUT:
1 + 2 * 3            = 7
(1 + 2) * 3          = 9
10 / (5 - 5)         : error at 12: division by zero
2 * (3 + 4           : error at 10: expected ')'
-(4 - 10) * 2        = 12
7 7                  : error at 2: trailing input
abc                  : error at 0: expected number
100000 * 100000      : error at 15: overflow
((((5))))            = 5
12 / 4 / 3           = 1
*/
