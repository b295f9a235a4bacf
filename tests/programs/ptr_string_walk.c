#include <stdio.h>

static size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static void my_strrev(char *s) {
    char *e = s + my_strlen(s);
    while (s < e) { char t = *s; *s++ = *--e; *e = t; }
}
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)); return r; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static const char *my_strstr(const char *h, const char *n) {
    if (!*n) return h;
    for (; *h; h++) {
        const char *a = h, *b = n;
        while (*a && *b && *a == *b) { a++; b++; }
        if (!*b) return h;
    }
    return NULL;
}
static int count_words(const char *s) {
    int n = 0, in = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t') in = 0;
        else if (!in) { in = 1; n++; }
    }
    return n;
}

int main(void) {
    char buf[64];
    my_strcpy(buf, "pointer walking");
    printf("len=%zu\n", my_strlen(buf));
    my_strrev(buf);
    printf("rev=%s\n", buf);
    printf("cmp: %d %d %d\n", my_strcmp("abc", "abd") < 0, my_strcmp("b", "a") > 0, my_strcmp("same", "same"));
    const char *hay = "the quick brown fox";
    const char *f = my_strstr(hay, "brown");
    printf("found at %td: %s\n", f - hay, f);
    printf("missing: %s\n", my_strstr(hay, "cat") ? "yes" : "no");
    printf("words=%d\n", count_words("  several   words\there ok "));
    /* split in place */
    char line[] = "a,bb,,ccc,d";
    char *start = line;
    for (char *p = line;; p++) {
        if (*p == ',' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            printf("[%s]", start);
            if (!saved) break;
            start = p + 1;
        }
    }
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
len=15
rev=gniklaw retniop
cmp: 1 1 0
found at 10: brown fox
missing: no
words=4
[a][bb][][ccc][d]
*/
