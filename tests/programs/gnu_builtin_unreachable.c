#include <stdio.h>

enum color { RED, GREEN, BLUE };

static const char *name(enum color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    }
    __builtin_unreachable();
}

static int div_by_nonzero(int a, int b) {
    if (b == 0) __builtin_unreachable();
    return a / b;
}

static int sign(int x) {
    if (x > 0) return 1;
    if (x < 0) return -1;
    if (x == 0) return 0;
    __builtin_unreachable();
}

static void maybe_trap(int ok) {
    if (!ok) __builtin_trap();
    puts("no trap");
}

int main(void) {
    for (int c = RED; c <= BLUE; c++) printf("%s ", name((enum color)c));
    printf("\n");
    printf("div=%d\n", div_by_nonzero(100, 7));
    printf("signs: %d %d %d\n", sign(-9), sign(0), sign(9));
    maybe_trap(1);
    static int aligned_buf[4] = {1, 2, 3, 4};
    int *ab = __builtin_assume_aligned(aligned_buf, 4);
    printf("assume_aligned sum=%d\n", ab[0] + ab[1] + ab[2] + ab[3]);
    return 0;
}

/* EXPECT-STDOUT:
red green blue 
div=14
signs: -1 0 1
no trap
assume_aligned sum=10
*/
