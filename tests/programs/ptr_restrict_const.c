#include <stdio.h>
#include <string.h>

static void add_arrays(int n, int *restrict dst, const int *restrict a, const int *restrict b) {
    for (int i = 0; i < n; i++) dst[i] = a[i] + b[i];
}

static size_t count_char(const char *restrict s, char c) {
    size_t k = 0;
    for (; *s; s++) k += (*s == c);
    return k;
}

static void scale(double *restrict v, int n, const double *restrict factor) {
    for (int i = 0; i < n; i++) v[i] *= *factor;
}

static const char *find_first(const char *const *list, int n, const char *key) {
    for (int i = 0; i < n; i++)
        if (strcmp(list[i], key) == 0) return list[i];
    return NULL;
}

int main(void) {
    int a[5] = {1, 2, 3, 4, 5}, b[5] = {10, 20, 30, 40, 50}, d[5];
    add_arrays(5, d, a, b);
    for (int i = 0; i < 5; i++) printf("%d ", d[i]);
    printf("\n");
    printf("count=%zu\n", count_char("mississippi", 's'));
    double v[3] = {1.5, 2.0, -4.0};
    double f = 3.0;
    scale(v, 3, &f);
    printf("%g %g %g\n", v[0], v[1], v[2]);

    /* const-correctness */
    const int ci = 42;
    const int *pci = &ci;        /* pointer to const */
    int x = 5;
    int *const cpx = &x;         /* const pointer */
    *cpx = 6;
    const int *const cc = &x;    /* const pointer to const */
    printf("ci=%d *pci=%d x=%d *cc=%d\n", ci, *pci, x, *cc);
    pci = &x;
    printf("*pci now=%d\n", *pci);
    const char *const names[] = {"red", "green", "blue"};
    const char *hit = find_first(names, 3, "green");
    printf("hit=%s\n", hit ? hit : "none");
    /* char ** -> const char *const * is fine */
    char n1[] = "aa", n2[] = "bb";
    char *mut[] = {n1, n2};
    const char *const *view = (const char *const *)mut;
    mut[1][0] = 'B';
    printf("view: %s %s\n", view[0], view[1]);
    volatile int vol = 3;
    vol += 4;
    printf("vol=%d\n", vol);
    return 0;
}

/* EXPECT-STDOUT:
11 22 33 44 55 
count=4
4.5 6 -12
ci=42 *pci=42 x=6 *cc=6
*pci now=6
hit=green
view: aa Bb
vol=7
*/
