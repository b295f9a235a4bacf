// ASAN: misses (the out-of-bounds table read happens inside libc)  [gcc 12 -fsanitize=address,undefined, default options]
// The function form of isdigit (not the macro) with a value outside
// EOF..255: glibc indexes its table with it all the same.
#include <ctype.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int c = 1000 * argc;
    printf("start\n");
    int d = (isdigit)(c); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return d;
}
/* EXPECT-STDOUT:
start
*/
