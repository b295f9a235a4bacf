// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// A parser advances its buffer pointer and then frees the advanced pointer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *line = strdup("   key=value");
    printf("start\n");
    while (*line == ' ')
        line++;
    printf("%s\n", line);
    free(line); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
key=value
*/
