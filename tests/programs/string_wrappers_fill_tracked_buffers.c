// Library calls that write into buffers nothing has written yet (heap and
// stack, bigger and smaller than 64 bytes): memset, strcpy, stpcpy,
// strncpy, strcat, strncat and memccpy each mark exactly the bytes they
// write, and every byte read afterwards is one of them: no report in any
// mode.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned sum(const char *p, size_t n)
{
    unsigned s = 0;
    for (size_t i = 0; i < n; i++)
        s = s * 31 + (unsigned char)p[i];
    return s;
}

int main(void)
{
    char *big = malloc(200);
    char *small = malloc(40);
    char local[96];
    if (!big || !small)
        return 2;

    memset(big, 'x', 50);
    strcpy(big + 50, "hello");
    char *end = stpcpy(big + 55, ", world");
    strncpy(end, "abc", 10); /* writes 10 bytes: "abc" and 7 NULs */
    printf("big %zu %u %u\n", strlen(big), sum(big, 72), sum(end, 10));

    strcpy(small, "one");
    strcat(small, " two");
    volatile size_t k = 6; /* (a constant makes gcc warn of the truncation) */
    strncat(small, " three four", k);
    printf("small '%s' %zu\n", small, strlen(small));

    memccpy(local, "copy until-here", '-', sizeof local);
    local[11] = '\0';
    memset(local + 12, 0, 20);
    printf("local '%s' %u\n", local, sum(local + 12, 20));

    char *dup = malloc(128);
    if (!dup)
        return 2;
    memcpy(dup, big, 72);
    printf("dup %d %u\n", memcmp(dup, big, 72), sum(dup, 72));
    free(dup);
    free(big);
    free(small);
    return 0;
}
/* EXPECT-STDOUT:
big 65 701530858 2115679582
small 'one two three' 13
local 'copy until-' 0
dup 0 701530858
*/
