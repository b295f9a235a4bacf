#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* qsort is not stable: make it stable by sorting indices with the
   original position as tie-breaker; also sort strings case-insensitively. */

struct item { const char *name; int group; };
static const struct item *items_base;

static int cmp_idx(const void *a, const void *b) {
    int i = *(const int *)a, j = *(const int *)b;
    int gi = items_base[i].group, gj = items_base[j].group;
    if (gi != gj) return gi < gj ? -1 : 1;
    return (i > j) - (i < j);
}

static int ci_cmp(const char *a, const char *b) {
    for (;; a++, b++) {
        int ca = *a >= 'A' && *a <= 'Z' ? *a + 32 : *a;
        int cb = *b >= 'A' && *b <= 'Z' ? *b + 32 : *b;
        if (ca != cb || !ca) return ca - cb;
    }
}
static int cmp_ci(const void *a, const void *b) {
    int c = ci_cmp(*(const char *const *)a, *(const char *const *)b);
    return c ? c : strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_char(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }

int main(void) {
    const struct item items[] = {
        {"e1", 3}, {"a1", 1}, {"c1", 2}, {"a2", 1}, {"e2", 3}, {"b1", 0}, {"c2", 2}, {"a3", 1}, {"b2", 0}, {"e3", 3},
    };
    int n = sizeof items / sizeof items[0];
    int idx[10];
    for (int i = 0; i < n; i++) idx[i] = i;
    items_base = items;
    qsort(idx, (size_t)n, sizeof idx[0], cmp_idx);
    for (int i = 0; i < n; i++) printf("%s(g%d) ", items[idx[i]].name, items[idx[i]].group);
    printf("\n");
    const char *words[] = {"banana", "Apple", "cherry", "apple", "Banana", "APPLE", "date"};
    int nw = sizeof words / sizeof words[0];
    qsort(words, (size_t)nw, sizeof words[0], cmp_ci);
    for (int i = 0; i < nw; i++) printf("%s ", words[i]);
    printf("\n");
    /* sort chars of a string and remove duplicates */
    char s[] = "mississippi";
    qsort(s, strlen(s), 1, cmp_char);
    size_t w = 0;
    for (size_t i = 0; s[i]; i++)
        if (w == 0 || s[w - 1] != s[i]) s[w++] = s[i];
    s[w] = '\0';
    printf("%s\n", s);
    return 0;
}

/* EXPECT-STDOUT:
b1(g0) b2(g0) a1(g1) a2(g1) a3(g1) c1(g2) c2(g2) e1(g3) e2(g3) e3(g3) 
APPLE Apple apple Banana banana cherry date 
imps
*/
