// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// fgets is told the buffer is larger than the heap block it writes to.
// STDIN: this line is certainly longer than sixteen bytes
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *line = malloc(16);
    printf("start\n");
    if (fgets(line, 128, stdin)) // VIOLATION: heap-buffer-overflow
        printf("NOT-REACHED\n");
    free(line);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
