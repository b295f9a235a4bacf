#include <stdio.h>

typedef int binop(int, int);          /* function type */
typedef binop *binop_ptr;             /* pointer to function type */
typedef int (*cmp_t)(const void *, const void *);
typedef void handler_t(const char *msg, int code);

static int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }
static int lcm(int a, int b) { return a / gcd(a, b) * b; }

static binop *choose(int i) { return i ? lcm : gcd; }

static void log_info(const char *msg, int code) { printf("[info %d] %s\n", code, msg); }
static void log_err(const char *msg, int code) { printf("[ERR %d] %s\n", code, msg); }

struct logger { handler_t *handlers[2]; int count; };

static void dispatch(const struct logger *lg, const char *msg, int code) {
    for (int i = 0; i < lg->count; i++) lg->handlers[i](msg, code);
}

static int icmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static int fold(const int *v, int n, binop_ptr f) {
    int acc = v[0];
    for (int i = 1; i < n; i++) acc = f(acc, v[i]);
    return acc;
}

int main(void) {
    binop_ptr p = gcd;
    binop *q = lcm;
    printf("gcd(84,36)=%d lcm(4,6)=%d\n", p(84, 36), q(4, 6));
    int v[] = {12, 18, 30, 42};
    printf("fold gcd=%d fold lcm=%d\n", fold(v, 4, choose(0)), fold(v, 4, choose(1)));
    struct logger lg = {{log_info, log_err}, 2};
    dispatch(&lg, "hello", 7);
    lg.count = 1;
    dispatch(&lg, "only info", 8);
    cmp_t c = icmp;
    int a = 3, b = 9;
    printf("cmp=%d\n", c(&a, &b) < 0);
    /* function designator decays; sizeof a pointer */
    printf("sizeof(binop_ptr)=%zu\n", sizeof(binop_ptr));
    /* cast between compatible function pointer types */
    void (*generic)(void) = (void (*)(void))gcd;
    binop_ptr back = (binop_ptr)generic;
    printf("back(27,18)=%d\n", back(27, 18));
    return 0;
}

/* EXPECT-STDOUT:
gcd(84,36)=12 lcm(4,6)=12
fold gcd=6 fold lcm=1260
[info 7] hello
[ERR 7] hello
[info 8] only info
cmp=1
sizeof(binop_ptr)=8
back(27,18)=9
*/
