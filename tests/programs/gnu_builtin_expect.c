#include <stdio.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static int parse_digit(char c, int *err) {
    if (unlikely(c < '0' || c > '9')) { (*err)++; return 0; }
    return c - '0';
}

int main(void) {
    const char *s = "12a45b7";
    int err = 0, val = 0;
    for (const char *p = s; *p; p++) {
        int d = parse_digit(*p, &err);
        if (likely(d >= 0)) val = val * 10 + d;
    }
    printf("val=%d err=%d\n", val, err);
    long r = __builtin_expect(5L, 5L);
    printf("expect returns value: %ld\n", r);
    int count = 0;
    for (int i = 0; i < 1000; i++)
        if (__builtin_expect(i % 100 == 0, 0)) count++;
    printf("count=%d\n", count);
    int x = 3;
    switch (__builtin_expect(x, 3)) {
    case 3: puts("switch on expect ok"); break;
    default: puts("bad");
    }
    if (__builtin_expect_with_probability(x > 2, 1, 0.9)) puts("with probability ok");
    return 0;
}

/* EXPECT-STDOUT:
val=1204507 err=2
expect returns value: 5
count=10
switch on expect ok
with probability ok
*/
