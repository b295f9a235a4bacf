#include <stdio.h>
#include <string.h>

static void show(const char *tag, const char *buf, size_t n) {
    printf("%-14s [", tag);
    for (size_t i = 0; i < n; i++) putchar(buf[i] ? buf[i] : '_');
    printf("]\n");
}

int main(void) {
    char buf[20];
    memset(buf, 0, sizeof buf);
    memcpy(buf, "0123456789", 10);
    show("init", buf, 16);
    memmove(buf + 3, buf, 7);        /* overlapping forward */
    show("move fwd", buf, 16);
    memmove(buf, buf + 5, 8);        /* overlapping backward */
    show("move back", buf, 16);
    memmove(buf + 2, buf + 2, 4);    /* same region */
    show("move same", buf, 16);
    char dst[8];
    void *r = memcpy(dst, "abcdefg", 8);
    printf("memcpy returns dst: %d dst=%s\n", r == dst, dst);
    int a[6] = {1, 2, 3, 4, 5, 6};
    memmove(a + 1, a, 5 * sizeof a[0]);
    for (int i = 0; i < 6; i++) printf("%d ", a[i]);
    printf("\n");
    struct { int x; char s[6]; } s1 = {42, "hey"}, s2;
    memcpy(&s2, &s1, sizeof s1);
    printf("struct copy: %d %s\n", s2.x, s2.s);
    memcpy(buf, "zz", 0);
    show("zero len", buf, 16);
    double d = 2.5, e;
    memcpy(&e, &d, sizeof d);
    printf("double copy %g\n", e);
    return 0;
}

/* EXPECT-STDOUT:
init           [0123456789______]
move fwd       [0120123456______]
move back      [23456___56______]
move same      [23456___56______]
memcpy returns dst: 1 dst=abcdefg
1 1 2 3 4 5 
struct copy: 42 hey
zero len       [23456___56______]
double copy 2.5
*/
