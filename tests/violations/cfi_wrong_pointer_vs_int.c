// ASAN: misses (AddressSanitizer reports SEGV at line 7, not at the faulting line 16)  [gcc 12 -fsanitize=address,undefined, default options]
// A function taking a pointer is called through a pointer type taking a long.
#include <stdio.h>

static void show(const char *s)
{
    printf("%s\n", s);
}

typedef void (*long_fn)(long);

int main(void)
{
    long_fn f = (long_fn)show;
    printf("start\n");
    f(0x1234); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
