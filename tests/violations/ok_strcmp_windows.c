// strcmp/strncmp/strcasecmp where the strings sit in windows of different
// sizes: differences, equal strings, prefixes, and unterminated arrays that
// differ (or reach n) before their end are all correct C.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
    char big[64] = "hello, world";
    char small[4] = {'h', 'e', 'l', 'p'};        /* no terminator */
    char *heap = malloc(6);
    memcpy(heap, "hello", 6);
    printf("%d %d %d\n", sign(strcmp(big, heap)), sign(strcmp(heap, big)),
           sign(strcmp(heap, "hello")));
    printf("%d %d\n", sign(strncmp(small, big, 4)), sign(strncmp(small, "help me", 4)));
    printf("%d %d\n", sign(strncmp(small, "hex", 10)), sign(strcasecmp("HeLLo", heap)));
    printf("%d %d\n", sign(strcmp("", heap)), sign(strncmp(heap, big, 0)));
    free(heap);
    return 0;
}
/* EXPECT-STDOUT:
1 -1 0
1 0
-1 0
-1 0
*/
