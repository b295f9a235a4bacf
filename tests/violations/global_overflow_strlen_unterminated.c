// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strlen of a global char array that holds exactly its characters, no NUL.
#include <stdio.h>
#include <string.h>

char magic[4] = {'E', 'L', 'F', '!'};
char next_global[4] = {'x', 'y', 'z', 'w'};

int main(void)
{
    printf("start\n");
    size_t n = strlen(magic); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%zu %c\n", n, next_global[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
