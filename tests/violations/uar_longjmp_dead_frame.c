// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed); the same with ASAN_OPTIONS=detect_stack_use_after_return=1)  [gcc 12 -fsanitize=address,undefined, default options]
// setjmp is called in a function that then returns; a later longjmp to that
// jmp_buf would resume a frame that no longer exists.
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;

__attribute__((noinline)) static int arm(void)
{
    if (setjmp(env) != 0) {
        printf("resumed in a dead frame\n");
        return 1;
    }
    return 0;
}

int main(void)
{
    arm();
    printf("start\n");
    longjmp(env, 1); // VIOLATION: use-after-return
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
