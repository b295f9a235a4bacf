// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// strcpy into a buffer whose block has ended.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char *dst;
    {
        char name[32];
        dst = name;
    }
    printf("start\n");
    strcpy(dst, "too late"); // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
