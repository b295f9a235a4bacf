// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 21, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// A struct's field is set only when arguments are present; the print reads it.
#include <stdio.h>

struct opts {
    int verbose;
    int width;
};

int main(int argc, char **argv)
{
    (void)argv;
    struct opts o;
    o.verbose = 0;
    if (argc > 2)
        o.width = 80;
    printf("start\n");
    int w = o.width; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d %d\n", o.verbose, w);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
