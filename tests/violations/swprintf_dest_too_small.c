// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// swprintf is told its destination holds 16 wide characters; it holds 8.
#include <stdio.h>
#include <wchar.h>

int main(int argc, char **argv)
{
    (void)argv;
    wchar_t out[8];
    printf("start\n");
    swprintf(out, 16, L"%d items", argc); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return (int)out[0];
}
/* EXPECT-STDOUT:
start
*/
