// ASAN: detects (AddressSanitizer: stack-buffer-underflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A "previous element" update writes before the start of a local array.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int hist[8] = {0};
    printf("start\n");
    int bucket = argc - 2; /* -1 when run without arguments */
    hist[bucket] += 1; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", hist[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
