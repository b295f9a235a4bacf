#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static void generic_swap(void *a, void *b, size_t size) {
    unsigned char tmp[64];
    memcpy(tmp, a, size);
    memcpy(a, b, size);
    memcpy(b, tmp, size);
}

static void reverse(void *base, size_t n, size_t size) {
    unsigned char *p = base;
    for (size_t i = 0; i < n / 2; i++) generic_swap(p + i * size, p + (n - 1 - i) * size, size);
}

typedef void (*visit_fn)(const void *elem, void *ctx);
static void for_each(const void *base, size_t n, size_t size, visit_fn fn, void *ctx) {
    const unsigned char *p = base;
    for (size_t i = 0; i < n; i++) fn(p + i * size, ctx);
}

static void sum_int(const void *e, void *ctx) { *(long *)ctx += *(const int *)e; }
static void print_double(const void *e, void *ctx) { (void)ctx; printf("%.2f ", *(const double *)e); }

struct stack { void *data; size_t elem, len, cap; };
static void st_push(struct stack *s, const void *e) {
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 2;
        s->data = realloc(s->data, s->cap * s->elem);
    }
    memcpy((char *)s->data + s->len * s->elem, e, s->elem);
    s->len++;
}
static int st_pop(struct stack *s, void *out) {
    if (!s->len) return 0;
    s->len--;
    memcpy(out, (char *)s->data + s->len * s->elem, s->elem);
    return 1;
}

int main(void) {
    int ia[] = {1, 2, 3, 4, 5, 6, 7};
    reverse(ia, 7, sizeof ia[0]);
    for (int i = 0; i < 7; i++) printf("%d ", ia[i]);
    printf("\n");
    double da[] = {1.25, 2.5, 3.75};
    reverse(da, 3, sizeof da[0]);
    for_each(da, 3, sizeof da[0], print_double, NULL);
    printf("\n");
    long total = 0;
    for_each(ia, 7, sizeof ia[0], sum_int, &total);
    printf("total=%ld\n", total);
    struct pt { short x, y; } pts[] = {{1, 2}, {3, 4}};
    generic_swap(&pts[0], &pts[1], sizeof pts[0]);
    printf("pts: (%d,%d) (%d,%d)\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y);
    struct stack s = {NULL, sizeof(struct pt), 0, 0};
    for (short i = 0; i < 5; i++) { struct pt p = {i, (short)(i * i)}; st_push(&s, &p); }
    struct pt out;
    while (st_pop(&s, &out)) printf("(%d,%d)", out.x, out.y);
    printf(" cap=%zu\n", s.cap);
    free(s.data);
    void *vp = ia;
    int *ip = vp;
    printf("via void*: %d\n", ip[6]);
    return 0;
}

/* EXPECT-STDOUT:
7 6 5 4 3 2 1 
3.75 2.50 1.25 
total=28
pts: (3,4) (1,2)
(4,16)(3,9)(2,4)(1,1)(0,0) cap=8
via void*: 1
*/
