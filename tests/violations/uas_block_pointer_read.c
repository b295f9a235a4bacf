// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer to a variable of an inner block is read after the block ended.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int *p;
    {
        int x = argc * 7;
        p = &x;
    }
    printf("start\n");
    int v = *p; // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
