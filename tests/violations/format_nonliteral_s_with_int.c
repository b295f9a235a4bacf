// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// A format chosen at run time (so the compiler cannot check it) has %s where
// an int is passed.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    const char *fmt = argc > 5 ? "%d\n" : "%s\n";
    printf("start\n");
    printf(fmt, 7); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
