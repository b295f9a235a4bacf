// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A function frees a buffer it did not allocate: the caller's local array.
#include <stdio.h>
#include <stdlib.h>

static void consume(char *buf)
{
    printf("%s\n", buf);
    free(buf); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
}

int main(void)
{
    char buf[16] = "on the stack";
    printf("start\n");
    consume(buf);
    return 0;
}
/* EXPECT-STDOUT:
start
on the stack
*/
