#include <stdio.h>
#include <stdlib.h>

static void close_int(int *p) { printf("cleanup int %d\n", *p); }
static void free_buf(char **p) { printf("free buf '%s'\n", *p ? *p : "(null)"); free(*p); }
struct lock { const char *name; int held; };
static void unlock(struct lock **l) { if (*l) { (*l)->held = 0; printf("unlock %s\n", (*l)->name); } }

#define CLEANUP(fn) __attribute__((cleanup(fn)))

static int guarded(struct lock *lk, int fail) {
    CLEANUP(unlock) struct lock *g = lk;
    lk->held = 1;
    printf("locked %s\n", lk->name);
    if (fail) { printf("early return\n"); return -1; }
    printf("work done\n");
    return 0;
}

int main(void) {
    {
        CLEANUP(close_int) int a = 1;
        CLEANUP(close_int) int b = 2;
        printf("in scope a=%d b=%d\n", a, b);
    }
    printf("after scope\n");
    for (int i = 0; i < 3; i++) {
        CLEANUP(close_int) int iter = i * 10;
        if (i == 1) continue;
        printf("loop body %d\n", iter);
    }
    {
        CLEANUP(free_buf) char *buf = malloc(16);
        snprintf(buf, 16, "hello %d", 42);
        printf("using buf: %s\n", buf);
    }
    struct lock lk = {"mutex", 0};
    int r1 = guarded(&lk, 0);
    printf("r1=%d held=%d\n", r1, lk.held);
    int r2 = guarded(&lk, 1);
    printf("r2=%d held=%d\n", r2, lk.held);
    {
        CLEANUP(close_int) int outer = 100;
        {
            CLEANUP(close_int) int inner = 200;
            goto out;
        }
    out:
        printf("jumped out\n");
    }
    return 0;
}

/* EXPECT-STDOUT:
in scope a=1 b=2
cleanup int 2
cleanup int 1
after scope
loop body 0
cleanup int 0
cleanup int 10
loop body 20
cleanup int 20
using buf: hello 42
free buf 'hello 42'
locked mutex
work done
unlock mutex
r1=0 held=0
locked mutex
early return
unlock mutex
r2=-1 held=0
cleanup int 200
jumped out
cleanup int 100
*/
