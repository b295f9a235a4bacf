#include <stdio.h>

/* Tiny regex matcher (Pike/Kernighan style) extended with character
   classes [abc] [a-z] [^x], '+', '?', '.', '*', anchors ^ and $, and
   escape '\'. */

static int match_here(const char *re, const char *text);

/* length of one atom at re, and whether c matches it */
static int atom_len(const char *re) {
    if (re[0] == '\\' && re[1]) return 2;
    if (re[0] == '[') {
        int i = 1;
        if (re[i] == '^') i++;
        if (re[i] == ']') i++;
        while (re[i] && re[i] != ']') i++;
        return re[i] ? i + 1 : i;
    }
    return 1;
}
static int atom_match(const char *re, char c) {
    if (c == '\0') return 0;
    if (re[0] == '\\') return re[1] == c;
    if (re[0] == '.') return 1;
    if (re[0] == '[') {
        int i = 1, neg = 0, hit = 0;
        if (re[i] == '^') { neg = 1; i++; }
        int first = 1;
        while (re[i] && (re[i] != ']' || first)) {
            first = 0;
            if (re[i + 1] == '-' && re[i + 2] && re[i + 2] != ']') {
                if (c >= re[i] && c <= re[i + 2]) hit = 1;
                i += 3;
            } else {
                if (c == re[i]) hit = 1;
                i++;
            }
        }
        return hit != neg;
    }
    return re[0] == c;
}
static int match_star(const char *atom, const char *rest, const char *text, int min) {
    int n = 0;
    while (atom_match(atom, text[n])) n++;
    for (; n >= min; n--)               /* greedy: longest first */
        if (match_here(rest, text + n)) return 1;
    return 0;
}
static int match_here(const char *re, const char *text) {
    if (re[0] == '\0') return 1;
    if (re[0] == '$' && re[1] == '\0') return *text == '\0';
    int al = atom_len(re);
    char op = re[al];
    if (op == '*') return match_star(re, re + al + 1, text, 0);
    if (op == '+') return match_star(re, re + al + 1, text, 1);
    if (op == '?') {
        if (atom_match(re, *text) && match_here(re + al + 1, text + 1)) return 1;
        return match_here(re + al + 1, text);
    }
    if (atom_match(re, *text)) return match_here(re + al, text + 1);
    return 0;
}
static int match(const char *re, const char *text) {
    if (re[0] == '^') return match_here(re + 1, text);
    do {
        if (match_here(re, text)) return 1;
    } while (*text++ != '\0');
    return 0;
}

int main(void) {
    struct { const char *re, *text; } cases[] = {
        {"abc", "xxabcxx"}, {"^abc", "xxabc"}, {"abc$", "xxabc"}, {"a.c", "abc"}, {"a.c", "ac"},
        {"ab*c", "ac"}, {"ab*c", "abbbbc"}, {"ab+c", "ac"}, {"ab+c", "abbc"}, {"colou?r", "color"},
        {"colou?r", "colour"}, {"colou?r", "colouur"}, {"^[a-z]+$", "hello"}, {"^[a-z]+$", "Hello"},
        {"[0-9]+\\.[0-9]+", "pi is 3.14"}, {"[0-9]+\\.[0-9]+", "version 3"}, {"^[^aeiou]*$", "rhythm"},
        {"^[^aeiou]*$", "rhyme"}, {"x*y*z*$", ""}, {"^a.*b$", "a-long-string-b"}, {"^a.*b$", "a-long-string-c"},
        {"[]x]+", "]]x"}, {"\\*", "a*b"}, {"^(", "("}, {"h.*o w.*d", "hello world"},
    };
    int n = sizeof cases / sizeof cases[0];
    int matched = 0;
    for (int i = 0; i < n; i++) {
        int m = match(cases[i].re, cases[i].text);
        matched += m;
        printf("%-20s %-20s %s\n", cases[i].re, cases[i].text, m ? "match" : "no");
    }
    printf("%d/%d matched\n", matched, n);
    return 0;
}

/* EXPECT-STDOUT:
abc                  xxabcxx              match
^abc                 xxabc                no
abc$                 xxabc                match
a.c                  abc                  match
a.c                  ac                   no
ab*c                 ac                   match
ab*c                 abbbbc               match
ab+c                 ac                   no
ab+c                 abbc                 match
colou?r              color                match
colou?r              colour               match
colou?r              colouur              no
^[a-z]+$             hello                match
^[a-z]+$             Hello                no
[0-9]+\.[0-9]+       pi is 3.14           match
[0-9]+\.[0-9]+       version 3            no
^[^aeiou]*$          rhythm               match
^[^aeiou]*$          rhyme                no
x*y*z*$                                   match
^a.*b$               a-long-string-b      match
^a.*b$               a-long-string-c      no
[]x]+                ]]x                  match
\*                   a*b                  match
^(                   (                    match
h.*o w.*d            hello world          match
17/25 matched
*/
