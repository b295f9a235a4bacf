// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 23, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// A switch without default leaves the result unset for an unexpected value.
#include <stdio.h>

static const char *unit_name(int u)
{
    const char *name;
    switch (u) {
    case 0: name = "bytes"; break;
    case 1: name = "kilobytes"; break;
    case 2: name = "megabytes"; break;
    }
    return name; // VIOLATION: uninitialized-read
}

int main(int argc, char **argv)
{
    (void)argv;
    printf("start %s\n", unit_name(0));
    const char *n = unit_name(argc + 6);
    printf("NOT-REACHED\n");
    printf("%s\n", n);
    return 0;
}
/* EXPECT-STDOUT:
start bytes
*/
