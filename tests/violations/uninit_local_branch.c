// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects only with -fsanitize-memory-param-retval (the clang 16+ default)  [clang 14 -fsanitize=memory]
// A local is initialized on only one branch (taken when arguments are given);
// run without arguments it is read uninitialized.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int level;
    if (argc > 1)
        level = argc;
    printf("start\n");
    printf("level %d\n", level); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
