// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A heap string is only partly written; a comparison reads the unwritten byte.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *s = malloc(16);
    s[0] = 'a';
    printf("start\n");
    if (s[1] == 'b') // VIOLATION: uninitialized-read
        printf("ab\n");
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
