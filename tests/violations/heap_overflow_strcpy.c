// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy of a 6-byte string into a 5-byte heap buffer (forgot the NUL).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const char *word = "hello";
    char *copy = malloc(strlen(word));
    printf("start\n");
    strcpy(copy, word); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(copy);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
