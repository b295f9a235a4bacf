// ASAN: detects (AddressSanitizer: heap-use-after-free in __interceptor_strchr)  [gcc 12 -fsanitize=address,undefined, default options]
// index() on a string whose block was already freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int main(void)
{
    char *s = strdup("key=value");
    printf("%s\n", s);
    free(s);
    char *eq = index(s, '='); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return eq != NULL;
}
/* EXPECT-STDOUT:
key=value
*/
