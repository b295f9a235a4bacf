// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A wide format asks for two arguments and gets one.
#include <stdio.h>
#include <wchar.h>

int main(int argc, char **argv)
{
    (void)argv;
    printf("start\n");
    fwprintf(stderr, L"%d of %d\n", argc); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
