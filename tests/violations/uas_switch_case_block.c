// ASAN: detects (AddressSanitizer: stack-use-after-scope)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer set inside a case block is used after the switch.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    const long *chosen = NULL;
    switch (argc) {
    case 1: {
        long one = 100;
        chosen = &one;
        break;
    }
    default: {
        long many = 200;
        chosen = &many;
        break;
    }
    }
    printf("start\n");
    long v = *chosen; // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    printf("%ld\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
