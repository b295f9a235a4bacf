#include <stdio.h>

static int counter(void) { static int n; return ++n; }
static int fib_memo(int k) {
    static long memo[50];
    static int init_done = 0;
    if (!init_done) { memo[1] = 1; init_done = 1; }
    if (k < 2) return k;
    if (memo[k]) return (int)memo[k];
    memo[k] = fib_memo(k - 1) + fib_memo(k - 2);
    return (int)memo[k];
}
static const char *next_name(void) {
    static const char *names[] = {"alpha", "beta", "gamma"};
    static int idx = 0;
    const char *r = names[idx];
    idx = (idx + 1) % 3;
    return r;
}
static int *get_buffer(void) {
    static int buf[4] = {1, 2, 3, 4};
    return buf;
}
static int accumulate(int v) {
    static int total = 100;
    total += v;
    return total;
}
static int depth(int n) {
    static int max_seen;
    if (n > max_seen) max_seen = n;
    if (n < 5) depth(n + 1);
    return max_seen;
}

int main(void) {
    for (int i = 0; i < 4; i++) printf("counter=%d\n", counter());
    printf("fib(40)=%d fib(45)=%d\n", fib_memo(40), fib_memo(45));
    for (int i = 0; i < 5; i++) printf("%s ", next_name());
    printf("\n");
    int *b = get_buffer();
    b[0] = 100;
    printf("buffer persisted: %d %d\n", get_buffer()[0], get_buffer()[3]);
    accumulate(5);
    accumulate(-20);
    printf("accumulate=%d\n", accumulate(0));
    printf("depth=%d\n", depth(0));
    for (int i = 0; i < 3; i++) {
        static int inner = 10;
        int automatic = 10;
        inner++;
        automatic++;
        printf("inner=%d automatic=%d\n", inner, automatic);
    }
    return 0;
}

/* EXPECT-STDOUT:
counter=1
counter=2
counter=3
counter=4
fib(40)=102334155 fib(45)=1134903170
alpha beta gamma alpha beta 
buffer persisted: 100 4
accumulate=85
depth=5
inner=11 automatic=11
inner=12 automatic=11
inner=13 automatic=11
*/
