// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A fixed-argument function is called through a variadic function pointer type.
#include <stdio.h>

static int report(const char *tag, int code)
{
    return printf("%s:%d\n", tag, code);
}

typedef int (*logger)(const char *, ...);

int main(void)
{
    logger log = (logger)report;
    printf("start\n");
    log("err", 5); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
