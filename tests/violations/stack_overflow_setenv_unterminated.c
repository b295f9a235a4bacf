// ASAN: misses (setenv is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// The value for setenv is a char array without a NUL.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char value[3] = {'o', 'f', 'f'};
    printf("start\n");
    setenv("SAFEC_TEST_MODE", value, 1); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
