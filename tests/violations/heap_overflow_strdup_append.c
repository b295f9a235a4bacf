// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A strdup'ed string is extended in place by one character.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *s = strdup("file");
    size_t n = strlen(s);
    printf("start %s\n", s);
    s[n] = 's';
    s[n + 1] = '\0'; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
start file
*/
