// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// realloc grows a string by a few bytes, which safe-C's heap does in place
// (the same address): a pointer kept from before the realloc is still stale.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *s = malloc(20);
    strcpy(s, "nineteen characters");
    char *mid = s + 8;
    s = realloc(s, 24);
    strcat(s, "!!!");
    printf("%s\n", s);
    char c = *mid; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
nineteen characters!!!
*/
