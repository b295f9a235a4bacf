// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects only with -fsanitize-memory-param-retval (the clang 16+ default)  [clang 14 -fsanitize=memory]
// A lookup function sets its out parameter only on success, and the caller
// ignores the return code.
#include <stdio.h>
#include <string.h>

static int lookup(const char *key, int *out)
{
    if (strcmp(key, "answer") == 0) {
        *out = 42;
        return 0;
    }
    return -1;
}

int main(int argc, char **argv)
{
    int v;
    lookup(argc > 1 ? argv[1] : "question", &v);
    printf("start\n");
    printf("%d\n", v); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
