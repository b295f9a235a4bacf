// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer to an inner block's array is written after the block ended.
#include <stdio.h>

int main(void)
{
    char *cursor;
    {
        char tmp[16] = "scratch";
        cursor = tmp + 2;
        printf("start %c\n", *cursor);
    }
    *cursor = 'X'; // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start r
*/
