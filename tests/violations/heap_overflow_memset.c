// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memset clears sizeof(struct) bytes through a pointer to a smaller block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct big {
    char name[64];
    int id;
};

int main(void)
{
    struct big *b = malloc(32);
    printf("start\n");
    memset(b, 0, sizeof *b); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
