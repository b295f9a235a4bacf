// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// A user-supplied string is used as the format (format-string vulnerability).
// ARGS: %s%s%s%s
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("start\n");
    if (argc > 1)
        printf(argv[1]); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
