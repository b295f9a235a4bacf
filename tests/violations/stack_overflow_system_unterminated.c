// ASAN: misses (system is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// system() on a command buffer filled without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char cmd[4];
    memcpy(cmd, "true", 4);
    printf("start\n");
    int r = system(cmd); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return r;
}
/* EXPECT-STDOUT:
start
*/
