// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed))  [gcc 12 -fsanitize=address,undefined, default options]
// Calls a function pointer moved one byte past the function's entry.
// (Built through uintptr_t: in safe code a cast of code to char* is itself
// a compile error, the run-time check is on the call.)
#include <stdio.h>
#include <stdint.h>

static void target(void)
{
    printf("target\n");
}

int main(void)
{
    void (*f)(void) = (void (*)(void))((uintptr_t)target + 1);
    printf("start\n");
    f(); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
