#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec { int *data; size_t len, cap; };

static void push(struct vec *v, int x) {
    if (v->len == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 1;
        int *nd = realloc(v->data, nc * sizeof *nd);
        if (!nd) { perror("realloc"); exit(1); }
        v->data = nd;
        v->cap = nc;
        printf("grow to %zu\n", nc);
    }
    v->data[v->len++] = x;
}

int main(void) {
    struct vec v = {NULL, 0, 0};
    for (int i = 0; i < 20; i++) push(&v, i * i);
    long s = 0;
    for (size_t i = 0; i < v.len; i++) s += v.data[i];
    printf("len=%zu sum=%ld\n", v.len, s);
    v.data = realloc(v.data, 5 * sizeof *v.data);   /* shrink keeps prefix */
    v.len = v.cap = 5;
    printf("after shrink: %d %d %d %d %d\n", v.data[0], v.data[1], v.data[2], v.data[3], v.data[4]);
    free(v.data);
    char *str = malloc(4);
    strcpy(str, "abc");
    str = realloc(str, 64);
    strcat(str, "defghijklmnop");
    printf("str=%s\n", str);
    free(str);
    void *p = realloc(NULL, 16);   /* acts like malloc */
    memset(p, 7, 16);
    printf("realloc(NULL) byte=%d\n", ((unsigned char *)p)[15]);
    free(p);
    free(NULL);                    /* no-op */
    int **rows = malloc(3 * sizeof *rows);
    for (int i = 0; i < 3; i++) {
        rows[i] = malloc((size_t)(i + 1) * sizeof **rows);
        for (int j = 0; j <= i; j++) rows[i][j] = i + j;
    }
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j <= i; j++) printf("%d ", rows[i][j]);
        free(rows[i]);
    }
    free(rows);
    printf("\n");
    return 0;
}

/* EXPECT-STDOUT:
grow to 1
grow to 2
grow to 4
grow to 8
grow to 16
grow to 32
len=20 sum=2470
after shrink: 0 1 4 9 16
str=abcdefghijklmnop
realloc(NULL) byte=7
0 1 2 2 3 4 
*/
