#include <stdio.h>

static inline __attribute__((always_inline)) int fast_add(int a, int b) { return a + b; }
static __attribute__((noinline)) int slow_mul(int a, int b) { return a * b; }
static inline int maybe(int a) { return a - 1; }
__attribute__((noinline, noclone)) static int compute(int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) acc = fast_add(acc, slow_mul(i, maybe(i)));
    return acc;
}
__attribute__((hot)) static int hot_fn(int x) { return x << 1; }
__attribute__((cold)) static int cold_fn(int x) { return x >> 1; }
__attribute__((flatten)) static int flat(int x) { return fast_add(hot_fn(x), cold_fn(x)); }
__attribute__((optimize("O0"))) static int unoptimized(int x) { return x * 3; }

inline int extern_inline_candidate(int x);
int extern_inline_candidate(int x) { return x + 100; }

int main(void) {
    printf("compute(10)=%d\n", compute(10));
    printf("flat(40)=%d\n", flat(40));
    printf("unoptimized=%d\n", unoptimized(14));
    printf("extern inline=%d\n", extern_inline_candidate(1));
    int (*fp)(int, int) = slow_mul;
    printf("via ptr=%d\n", fp(6, 7));
    return 0;
}

/* EXPECT-STDOUT:
compute(10)=240
flat(40)=100
unoptimized=42
extern inline=101
via ptr=42
*/
