// ASAN: detects (AddressSanitizer: SEGV at the faulting line, no diagnosis of the cause)  [gcc 12 -fsanitize=address,undefined, default options]
// free of a string literal that stands in for an allocated default.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    char *label = argc > 1 ? strdup(argv[1]) : (char *)"none";
    printf("start %s\n", label);
    free(label); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start none
*/
