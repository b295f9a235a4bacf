// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// goto leaves a block that owns the buffer the pointer refers to.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char *msg = NULL;
    {
        char buf[24];
        strcpy(buf, "error in block");
        msg = buf;
        goto report;
    }
report:
    printf("start\n");
    printf("%s\n", msg); // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
