// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// An 8-byte memcpy (a constant size, checked inline when nothing else is
// needed) between overlapping parts of one heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *buf = malloc(16);
    strcpy(buf, "abcdefghijklmno");
    printf("%s\n", buf);
    memcpy(buf + 3, buf, 8); // VIOLATION: memcpy-param-overlap
    printf("NOT-REACHED\n");
    printf("%s\n", buf);
    free(buf);
    return 0;
}
/* EXPECT-STDOUT:
abcdefghijklmno
*/
