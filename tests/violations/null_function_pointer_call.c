// ASAN: misses (only a crash: AddressSanitizer SEGV with no frame in the program (the bad access/transfer itself is not diagnosed))  [gcc 12 -fsanitize=address,undefined, default options]
// Calls an optional callback that was never set: a call through a NULL
// function pointer (reported as a null dereference, like the kernel's oops).
#include <stdio.h>

struct plugin {
    const char *name;
    void (*init)(void);
};

int main(void)
{
    struct plugin p = {"demo", NULL};
    printf("start %s\n", p.name);
    p.init(); // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start demo
*/
