// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// free of the address of a local variable.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int local = 5;
    int *p = &local;
    printf("start %d\n", *p);
    free(p); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start 5
*/
