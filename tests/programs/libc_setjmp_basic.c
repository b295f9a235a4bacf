#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void recurse(int depth, int limit) {
    depth_reached = depth;
    if (depth < limit) {
        recurse(depth + 1, limit);
        printf("never printed\n");
        return;
    }
    longjmp(env, depth * 10);
}

static jmp_buf retry_env;
static int attempts;

static int flaky(void) {
    attempts++;
    if (attempts < 3) longjmp(retry_env, attempts);
    return 42;
}

int main(void) {
    int r = setjmp(env);
    if (r == 0) {
        printf("first pass\n");
        recurse(0, 5);
    } else {
        printf("longjmp returned %d, depth %d\n", r, depth_reached);
    }
    volatile int count = 0;
    int code = setjmp(retry_env);
    count++;
    if (code) printf("retry after failure %d\n", code);
    int v = flaky();
    printf("flaky=%d attempts=%d count=%d\n", v, attempts, count);
    jmp_buf zero_env;
    volatile int zero_seen = 0;
    if (setjmp(zero_env) == 0) longjmp(zero_env, 0);   /* 0 becomes 1 */
    else zero_seen = 1;
    printf("longjmp(0) -> nonzero: %d\n", zero_seen);
    return 0;
}

/* EXPECT-STDOUT:
first pass
longjmp returned 50, depth 5
retry after failure 1
retry after failure 2
flaky=42 attempts=3 count=3
longjmp(0) -> nonzero: 1
*/
