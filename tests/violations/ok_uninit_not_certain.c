// Reads that are not certain to see an uninitialized value must build:
// assigned on one branch, after a loop that may assign, in dead code after
// exit(), through a label, or read only under sizeof.
#include <stdio.h>
#include <stdlib.h>

static int f(int argc)
{
    int a, b, c, d;
    if (argc > 0)
        a = argc;
    for (int i = 0; i < argc; i++)
        b = i;
    if (argc > 100)
        exit(1);
    printf("%zu\n", sizeof c);
    goto set;
use:
    return a + b + c + d;
set:
    c = 1;
    d = 2;
    goto use;
}

int main(int argc, char **argv)
{
    (void)argv;
    int x;
    if (argc > 5) {
        exit(3);
    } else {
        x = 4;
    }
    int y;
    if (argc == 0)
        return 0;
    else
        y = 2;
    printf("%d %d\n", f(argc) + x, y);
    return 0;
}
/* EXPECT-STDOUT:
4
8 2
*/
