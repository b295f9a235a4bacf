#include <stdio.h>
#include <string.h>
#include <ctype.h>

/* A lexer for a C subset run over embedded source text: identifiers,
   keywords, integer/float/char/string literals, comments, and multi-char
   punctuators (longest match). Prints a token histogram and a trace. */

enum tk { TK_IDENT, TK_KEYWORD, TK_INT, TK_FLOAT, TK_CHAR, TK_STRING, TK_PUNCT, TK_COMMENT, TK_ERROR, TK_COUNT };
static const char *tk_names[TK_COUNT] = {"ident", "keyword", "int", "float", "char", "string", "punct", "comment", "error"};
static const char *keywords[] = {"int", "char", "return", "if", "else", "while", "for", "struct", "static", "void", "sizeof", "unsigned"};
static const char *puncts[] = {"<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
                               "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##"};

static int is_keyword(const char *s, int n) {
    for (unsigned i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if ((int)strlen(keywords[i]) == n && strncmp(keywords[i], s, (size_t)n) == 0) return 1;
    return 0;
}

static int lex(const char *s, int *len) {
    const char *p = s;
    if (p[0] == '/' && p[1] == '/') { while (*p && *p != '\n') p++; *len = (int)(p - s); return TK_COMMENT; }
    if (p[0] == '/' && p[1] == '*') {
        const char *e = strstr(p + 2, "*/");
        if (!e) { *len = (int)strlen(s); return TK_ERROR; }
        *len = (int)(e + 2 - s);
        return TK_COMMENT;
    }
    if (isalpha((unsigned char)*p) || *p == '_') {
        while (isalnum((unsigned char)*p) || *p == '_') p++;
        *len = (int)(p - s);
        return is_keyword(s, *len) ? TK_KEYWORD : TK_IDENT;
    }
    if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
        int is_float = 0;
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { p += 2; while (isxdigit((unsigned char)*p)) p++; }
        else {
            while (isdigit((unsigned char)*p)) p++;
            if (*p == '.') { is_float = 1; p++; while (isdigit((unsigned char)*p)) p++; }
            if (*p == 'e' || *p == 'E') { is_float = 1; p++; if (*p == '+' || *p == '-') p++; while (isdigit((unsigned char)*p)) p++; }
        }
        while (strchr("uUlLfF", *p) && *p) { if (*p == 'f' || *p == 'F') is_float = 1; p++; }
        *len = (int)(p - s);
        return is_float ? TK_FLOAT : TK_INT;
    }
    if (*p == '"' || *p == '\'') {
        char q = *p++;
        while (*p && *p != q && *p != '\n') { if (*p == '\\' && p[1]) p++; p++; }
        if (*p != q) { *len = (int)(p - s); return TK_ERROR; }
        *len = (int)(p + 1 - s);
        return q == '"' ? TK_STRING : TK_CHAR;
    }
    for (unsigned i = 0; i < sizeof puncts / sizeof puncts[0]; i++) {
        size_t n = strlen(puncts[i]);
        if (strncmp(p, puncts[i], n) == 0) { *len = (int)n; return TK_PUNCT; }
    }
    if (strchr("{}[]();,<>=+-*/%&|^!~?:.#", *p)) { *len = 1; return TK_PUNCT; }
    *len = 1;
    return TK_ERROR;
}

int main(void) {
    const char *src =
        "/* sample */\n"
        "static unsigned count(const char *s, char c) {\n"
        "    unsigned n = 0; // counter\n"
        "    for (; *s; s++) n += (*s == c) ? 1u : 0u;\n"
        "    return n;\n"
        "}\n"
        "int main(void) {\n"
        "    double d = 3.14e-2 + .5 + 1e3f; long x = 0x1fUL << 2;\n"
        "    x <<= 1; x >>= 2; char q = '\\''; const char *t = \"a \\\"quoted\\\" str\";\n"
        "    struct p { int a; } v, *pv = &v; pv->a++; v.a--;\n"
        "    return x != 0 && q == 39 || d >= 1 ... @;\n"
        "}\n";
    int hist[TK_COUNT] = {0};
    int line = 1, ntok = 0;
    for (const char *p = src; *p;) {
        if (*p == '\n') { line++; p++; continue; }
        if (isspace((unsigned char)*p)) { p++; continue; }
        int len;
        int k = lex(p, &len);
        hist[k]++;
        ntok++;
        if (line >= 8 && line <= 9) printf("L%d %-7s %.*s\n", line, tk_names[k], len, p);
        if (k == TK_ERROR) printf("L%d error token '%.*s'\n", line, len, p);
        for (int i = 0; i < len; i++) if (p[i] == '\n') line++;
        p += len;
    }
    printf("tokens=%d lines=%d\n", ntok, line - 1);
    for (int k = 0; k < TK_COUNT; k++) printf("%s=%d ", tk_names[k], hist[k]);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
L8 ident   double
L8 ident   d
L8 punct   =
L8 float   3.14e-2
L8 punct   +
L8 float   .5
L8 punct   +
L8 float   1e3f
L8 punct   ;
L8 ident   long
L8 ident   x
L8 punct   =
L8 int     0x1fUL
L8 punct   <<
L8 int     2
L8 punct   ;
L9 ident   x
L9 punct   <<=
L9 int     1
L9 punct   ;
L9 ident   x
L9 punct   >>=
L9 int     2
L9 punct   ;
L9 keyword char
L9 ident   q
L9 punct   =
L9 char    '\''
L9 punct   ;
L9 ident   const
L9 keyword char
L9 punct   *
L9 ident   t
L9 punct   =
L9 string  "a \"quoted\" str"
L9 punct   ;
L11 error token '@'
tokens=129 lines=12
ident=33 keyword=14 int=10 float=3 char=1 string=1 punct=64 comment=2 error=1 
*/
