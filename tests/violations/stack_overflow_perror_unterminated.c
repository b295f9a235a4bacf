// ASAN: misses (perror is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// perror's prefix is a char array filled to the brim, without a NUL.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char prefix[4];
    memcpy(prefix, "open", 4);
    printf("start\n");
    perror(prefix); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
