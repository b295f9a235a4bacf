#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* Tokenizer + recursive-descent evaluator with variables, precedence,
   unary minus, exponentiation (right assoc), comparisons and assignment. */

enum tok_kind { T_NUM, T_IDENT, T_OP, T_LP, T_RP, T_END, T_ERR };
struct token { enum tok_kind kind; long num; char text[16]; };

struct lexer { const char *src; size_t pos; struct token cur; };

static void next_token(struct lexer *lx) {
    const char *s = lx->src;
    while (s[lx->pos] == ' ' || s[lx->pos] == '\t') lx->pos++;
    struct token t;
    memset(&t, 0, sizeof t);
    char c = s[lx->pos];
    if (c == '\0') { t.kind = T_END; }
    else if (isdigit((unsigned char)c)) {
        t.kind = T_NUM;
        while (isdigit((unsigned char)s[lx->pos])) t.num = t.num * 10 + (s[lx->pos++] - '0');
    } else if (isalpha((unsigned char)c) || c == '_') {
        t.kind = T_IDENT;
        size_t n = 0;
        while (isalnum((unsigned char)s[lx->pos]) || s[lx->pos] == '_') {
            if (n < sizeof t.text - 1) t.text[n++] = s[lx->pos];
            lx->pos++;
        }
    } else if (c == '(') { t.kind = T_LP; lx->pos++; }
    else if (c == ')') { t.kind = T_RP; lx->pos++; }
    else if (strchr("+-*/%^<>=!", c)) {
        t.kind = T_OP;
        t.text[0] = c;
        lx->pos++;
        if ((c == '<' || c == '>' || c == '=' || c == '!') && s[lx->pos] == '=') { t.text[1] = '='; lx->pos++; }
    } else { t.kind = T_ERR; t.text[0] = c; lx->pos++; }
    lx->cur = t;
}

struct var { char name[16]; long value; };
static struct var vars[16];
static int nvars;
static int error;

static long *lookup(const char *name, int create) {
    for (int i = 0; i < nvars; i++) if (strcmp(vars[i].name, name) == 0) return &vars[i].value;
    if (!create || nvars == 16) return NULL;
    strcpy(vars[nvars].name, name);
    vars[nvars].value = 0;
    return &vars[nvars++].value;
}

static int is_op(const struct lexer *lx, const char *op) { return lx->cur.kind == T_OP && strcmp(lx->cur.text, op) == 0; }

static long parse_expr(struct lexer *lx);

static long ipow(long b, long e) { long r = 1; while (e-- > 0) r *= b; return r; }

static long parse_primary(struct lexer *lx) {
    if (lx->cur.kind == T_NUM) { long v = lx->cur.num; next_token(lx); return v; }
    if (lx->cur.kind == T_IDENT) {
        char name[16];
        strcpy(name, lx->cur.text);
        next_token(lx);
        if (is_op(lx, "=")) {
            next_token(lx);
            long v = parse_expr(lx);
            *lookup(name, 1) = v;
            return v;
        }
        long *p = lookup(name, 0);
        if (!p) { error = 1; return 0; }
        return *p;
    }
    if (lx->cur.kind == T_LP) {
        next_token(lx);
        long v = parse_expr(lx);
        if (lx->cur.kind != T_RP) { error = 1; return 0; }
        next_token(lx);
        return v;
    }
    if (is_op(lx, "-")) { next_token(lx); return -parse_primary(lx); }
    if (is_op(lx, "!")) { next_token(lx); return !parse_primary(lx); }
    error = 1;
    return 0;
}
static long parse_power(struct lexer *lx) {
    long base = parse_primary(lx);
    if (is_op(lx, "^")) { next_token(lx); long e = parse_power(lx); return ipow(base, e); }
    return base;
}
static long parse_mul(struct lexer *lx) {
    long v = parse_power(lx);
    while (is_op(lx, "*") || is_op(lx, "/") || is_op(lx, "%")) {
        char op = lx->cur.text[0];
        next_token(lx);
        long r = parse_power(lx);
        if (op == '*') v *= r;
        else if (r == 0) { error = 1; return 0; }
        else v = op == '/' ? v / r : v % r;
    }
    return v;
}
static long parse_add(struct lexer *lx) {
    long v = parse_mul(lx);
    while (is_op(lx, "+") || is_op(lx, "-")) {
        char op = lx->cur.text[0];
        next_token(lx);
        long r = parse_mul(lx);
        v = op == '+' ? v + r : v - r;
    }
    return v;
}
static long parse_expr(struct lexer *lx) {
    long v = parse_add(lx);
    while (lx->cur.kind == T_OP && strchr("<>=!", lx->cur.text[0]) && !(lx->cur.text[0] == '=' && lx->cur.text[1] == 0)) {
        char op[3];
        strcpy(op, lx->cur.text);
        next_token(lx);
        long r = parse_add(lx);
        if (!strcmp(op, "<")) v = v < r; else if (!strcmp(op, ">")) v = v > r;
        else if (!strcmp(op, "<=")) v = v <= r; else if (!strcmp(op, ">=")) v = v >= r;
        else if (!strcmp(op, "==")) v = v == r; else if (!strcmp(op, "!=")) v = v != r;
        else error = 1;
    }
    return v;
}

int main(void) {
    const char *lines[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "x = 5", "y = x * x - 1",
        "y / (x - 5)", "z + 1", "x < y", "x * 2 == 10", "!(x >= 6)", "count = (a = 3) + (b = 4)",
        "a ^ b - count", "7 $ 3", "((2)", "100 / 7 * 7 + 100 % 7",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        struct lexer lx = {lines[i], 0, {0}};
        error = 0;
        next_token(&lx);
        long v = parse_expr(&lx);
        if (lx.cur.kind != T_END) error = 1;
        if (error) printf("%-28s => error\n", lines[i]);
        else printf("%-28s => %ld\n", lines[i], v);
    }
    printf("variables:");
    for (int i = 0; i < nvars; i++) printf(" %s=%ld", vars[i].name, vars[i].value);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
1 + 2 * 3                    => 7
(1 + 2) * 3                  => 9
2 ^ 3 ^ 2                    => 512
-4 + 10 % 3                  => -3
x = 5                        => 5
y = x * x - 1                => 24
y / (x - 5)                  => error
z + 1                        => error
x < y                        => 1
x * 2 == 10                  => 1
!(x >= 6)                    => 1
count = (a = 3) + (b = 4)    => 7
a ^ b - count                => 74
7 $ 3                        => error
((2)                         => error
100 / 7 * 7 + 100 % 7        => 100
variables: x=5 y=24 a=3 b=4 count=7
*/
