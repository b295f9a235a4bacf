// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy between overlapping ranges (inserting at the front of an array):
// memmove is required.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char buf[16] = "abcdefgh";
    printf("start\n");
    memcpy(buf + 1, buf, 8); // VIOLATION: memcpy-param-overlap
    printf("NOT-REACHED\n");
    buf[0] = '_';
    printf("%s\n", buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
