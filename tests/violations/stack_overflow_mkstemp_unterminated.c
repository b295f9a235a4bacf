// ASAN: misses (mkstemp is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// A mkstemp template without room for its NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char tmpl[14];
    memcpy(tmpl, "/tmp/abXXXXXX", 13);
    tmpl[13] = 'X';
    printf("start\n");
    int fd = mkstemp(tmpl); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    return fd;
}
/* EXPECT-STDOUT:
start
*/
