// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strcat appends past the end of a heap buffer sized for the first part only.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *path = malloc(16);
    strcpy(path, "/usr/local");
    printf("start %s\n", path);
    strcat(path, "/share/doc"); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(path);
    return 0;
}
/* EXPECT-STDOUT:
start /usr/local
*/
