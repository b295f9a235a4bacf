// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed))  [gcc 12 -fsanitize=address,undefined, default options]
// A function pointer made from an integer that was never a function address.
#include <stdio.h>
#include <stdint.h>

int main(int argc, char **argv)
{
    (void)argv;
    uintptr_t addr = 0x400000u + (uintptr_t)argc * 0x10;
    int (*fn)(int) = (int (*)(int))addr;
    printf("start\n");
    int r = fn(1); // VIOLATION: control-flow-violation
    printf("NOT-REACHED\n");
    printf("%d\n", r);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
