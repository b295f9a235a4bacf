// ASAN: detects (UBSan: member access within null pointer of type 'struct big')  [gcc 12 -fsanitize=address,undefined, default options]
// Near-NULL with a large offset: a member 8 KiB into a NULL struct pointer
// (big kernel structs such as task_struct have fields this far in).
#include <stdio.h>

struct big {
    char pad[8192];
    int flag;
};

int main(int argc, char **argv)
{
    (void)argv;
    struct big *b = NULL;
    if (argc > 9)
        return 1;
    printf("start\n");
    b->flag = 1; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
