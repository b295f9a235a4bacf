// ASAN: misses (glibc's realpath block is larger than the string it returns)  [gcc 12 -fsanitize=address,undefined, default options]
// realpath(path, NULL) allocates exactly the result: appending to it
// overflows the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *root = realpath("/", NULL);
    printf("%s\n", root);
    strcat(root, "etc"); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(root);
    return 0;
}
/* EXPECT-STDOUT:
/
*/
