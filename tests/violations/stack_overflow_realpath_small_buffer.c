// ASAN: misses (the resolved path happens to fit; the PATH_MAX contract is not checked)  [gcc 12 -fsanitize=address,undefined, default options]
// realpath's buffer must have PATH_MAX bytes (it may write that many); this
// one has 64.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char resolved[64];
    printf("start\n");
    char *r = realpath(".", resolved); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return r == NULL;
}
/* EXPECT-STDOUT:
start
*/
