#include <stdio.h>

#define SWAP_INT(a, b) do { int _t = (a); (a) = (b); (b) = _t; } while (0)
#define CHECK(cond, counter) do { if (!(cond)) { printf("check failed: %s\n", #cond); (counter)++; } } while (0)
#define LOG_TWICE(msg) do { printf("1: %s\n", msg); printf("2: %s\n", msg); } while (0)
#define BAD_LOG_TWICE(msg) printf("A: %s\n", msg); printf("B: %s\n", msg)
#define RETURN_IF_NEG(x) do { if ((x) < 0) return -1; } while (0)
#define REPEAT(n, body) do { for (int _r = 0; _r < (n); _r++) { body; } } while (0)

static int process(int v) {
    RETURN_IF_NEG(v);
    return v * 2;
}

int main(void) {
    int a = 1, b = 2;
    if (a < b) SWAP_INT(a, b); else printf("not swapped\n");
    printf("a=%d b=%d\n", a, b);
    int failures = 0;
    CHECK(a > b, failures);
    CHECK(a == 1, failures);
    CHECK(sizeof(int) == 4, failures);
    printf("failures=%d\n", failures);
    int flag = 0;
    if (flag) LOG_TWICE("never"); else printf("else branch taken\n");
    if (flag) BAD_LOG_TWICE("unguarded");   /* second printf always runs */
    printf("process: %d %d\n", process(21), process(-3));
    int total = 0;
    REPEAT(4, total += 5);
    printf("total=%d\n", total);
    return 0;
}

/* EXPECT-STDOUT:
a=2 b=1
check failed: a == 1
failures=1
else branch taken
B: unguarded
process: 42 -1
total=20
*/
