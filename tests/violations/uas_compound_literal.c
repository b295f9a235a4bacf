// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// A compound literal lives only until the end of its enclosing block.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int *defaults;
    if (argc > 0) {
        defaults = (int[]){1, 2, 3};
    } else {
        defaults = (int[]){4, 5, 6};
    }
    printf("start\n");
    int v = defaults[1]; // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
