#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_abs(const void *a, const void *b) {
    int x = abs(*(const int *)a), y = abs(*(const int *)b);
    if (x != y) return x < y ? -1 : 1;
    return cmp_int(a, b);
}

int main(void) {
    int a[] = {42, -7, 19, 0, 3, 88, -50, 19, 7, 1};
    size_t n = sizeof a / sizeof a[0];
    qsort(a, n, sizeof a[0], cmp_int);
    for (size_t i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    int keys[] = {19, 4, -50, 88, 100};
    for (int i = 0; i < 5; i++) {
        int *hit = bsearch(&keys[i], a, n, sizeof a[0], cmp_int);
        if (hit) printf("found %d at %td\n", keys[i], hit - a);
        else printf("%d not found\n", keys[i]);
    }
    qsort(a, n, sizeof a[0], cmp_int_desc);
    for (size_t i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    qsort(a, n, sizeof a[0], cmp_abs);
    for (size_t i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date"};
    size_t wn = sizeof words / sizeof words[0];
    qsort(words, wn, sizeof words[0], cmp_str);
    for (size_t i = 0; i < wn; i++) printf("%s ", words[i]);
    printf("\n");
    const char *key = "fig";
    const char **w = bsearch(&key, words, wn, sizeof words[0], cmp_str);
    printf("fig index=%td\n", w ? w - words : (ptrdiff_t)-1);
    return 0;
}

/* EXPECT-STDOUT:
-50 -7 0 1 3 7 19 19 42 88 
found 19 at 7
4 not found
found -50 at 0
found 88 at 9
100 not found
88 42 19 19 7 3 1 0 -7 -50 
0 1 3 -7 7 19 19 42 -50 88 
apple banana cherry date fig pear 
fig index=4
*/
