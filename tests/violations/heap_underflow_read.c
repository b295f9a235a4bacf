// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A backwards scan reads one byte before the start of a heap string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *s = malloc(8);
    strcpy(s, "  word");
    printf("start\n");
    char *p = s + strlen(s) - 1;
    int n = 0;
    while (*p != '\t') { // VIOLATION: heap-buffer-overflow
        n++;
        p--;
    }
    printf("NOT-REACHED\n");
    printf("%d\n", n);
    free(s);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
