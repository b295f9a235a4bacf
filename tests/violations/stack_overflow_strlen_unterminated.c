// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// strlen of a local char array initialized without room for the NUL.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char tag[4] = "ABCD";
    printf("start\n");
    size_t n = strlen(tag); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
