#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

/* Growable string builder with append, printf-append, insert, replace-all,
   split and join. */

struct sb { char *data; size_t len, cap; int grows; };

static void sb_reserve(struct sb *s, size_t need) {
    if (need + 1 <= s->cap) return;
    size_t nc = s->cap ? s->cap : 8;
    while (nc < need + 1) nc *= 2;
    s->data = realloc(s->data, nc);
    s->cap = nc;
    s->grows++;
}
static void sb_init(struct sb *s) { s->data = NULL; s->len = s->cap = 0; s->grows = 0; sb_reserve(s, 0); s->data[0] = '\0'; }
static void sb_append_n(struct sb *s, const char *p, size_t n) {
    sb_reserve(s, s->len + n);
    memcpy(s->data + s->len, p, n);
    s->len += n;
    s->data[s->len] = '\0';
}
static void sb_append(struct sb *s, const char *p) { sb_append_n(s, p, strlen(p)); }
static void sb_printf(struct sb *s, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(s, s->len + (size_t)n);
    vsnprintf(s->data + s->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    s->len += (size_t)n;
}
static void sb_insert(struct sb *s, size_t pos, const char *p) {
    size_t n = strlen(p);
    sb_reserve(s, s->len + n);
    memmove(s->data + pos + n, s->data + pos, s->len - pos + 1);
    memcpy(s->data + pos, p, n);
    s->len += n;
}
static int sb_replace_all(struct sb *s, const char *from, const char *to) {
    struct sb out;
    sb_init(&out);
    size_t fl = strlen(from);
    int count = 0;
    const char *p = s->data;
    const char *hit;
    while ((hit = strstr(p, from)) != NULL) {
        sb_append_n(&out, p, (size_t)(hit - p));
        sb_append(&out, to);
        p = hit + fl;
        count++;
    }
    sb_append(&out, p);
    free(s->data);
    *s = out;
    return count;
}
static int split(const char *str, char sep, char ***out) {
    int n = 1;
    for (const char *p = str; *p; p++) n += *p == sep;
    char **parts = malloc((size_t)n * sizeof *parts);
    const char *start = str;
    int k = 0;
    for (const char *p = str;; p++) {
        if (*p == sep || *p == '\0') {
            size_t len = (size_t)(p - start);
            parts[k] = malloc(len + 1);
            memcpy(parts[k], start, len);
            parts[k][len] = '\0';
            k++;
            if (!*p) break;
            start = p + 1;
        }
    }
    *out = parts;
    return n;
}

int main(void) {
    struct sb s;
    sb_init(&s);
    for (int i = 0; i < 20; i++) sb_printf(&s, "%d%s", i, i < 19 ? "," : "");
    printf("built: %s\nlen=%zu cap=%zu grows=%d\n", s.data, s.len, s.cap, s.grows);
    int n = sb_replace_all(&s, "1", "one");
    printf("replaced %d: %s\n", n, s.data);
    sb_insert(&s, 0, "[");
    sb_append(&s, "]");
    sb_insert(&s, 5, "<ins>");
    printf("inserted: %s\n", s.data);
    char **parts;
    int np = split("alpha,beta,,gamma,", ',', &parts);
    struct sb j;
    sb_init(&j);
    for (int i = 0; i < np; i++) {
        sb_printf(&j, "%s%d:'%s'", i ? " | " : "", i, parts[i]);
        free(parts[i]);
    }
    free(parts);
    printf("split %d -> %s\n", np, j.data);
    struct sb big;
    sb_init(&big);
    for (int i = 0; i < 1000; i++) sb_append(&big, "xy");
    printf("big len=%zu cap=%zu grows=%d tail=%s\n", big.len, big.cap, big.grows, big.data + big.len - 6);
    free(s.data);
    free(j.data);
    free(big.data);
    return 0;
}

/* EXPECT-STDOUT:
built: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19
len=49 cap=64 grows=4
replaced 12: 0,one,2,3,4,5,6,7,8,9,one0,oneone,one2,one3,one4,one5,one6,one7,one8,one9
inserted: [0,on<ins>e,2,3,4,5,6,7,8,9,one0,oneone,one2,one3,one4,one5,one6,one7,one8,one9]
split 5 -> 0:'alpha' | 1:'beta' | 2:'' | 3:'gamma' | 4:''
big len=2000 cap=2048 grows=9 tail=xyxyxy
*/
