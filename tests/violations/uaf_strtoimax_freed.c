// ASAN: detects (AddressSanitizer: heap-use-after-free in StrtolFixAndCheck)  [gcc 12 -fsanitize=address,undefined, default options]
// strtoimax parses a line whose buffer was freed.
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *line = strdup("9001 items");
    printf("%s\n", line);
    free(line);
    char *end;
    intmax_t v = strtoimax(line, &end, 10); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return (int)v;
}
/* EXPECT-STDOUT:
9001 items
*/
