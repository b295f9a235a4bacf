// ASAN: detects (UBSan: load of null pointer of type 'int')  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A pointer variable set on one branch only is dereferenced: reading the
// pointer itself is the uninitialized read.
#include <stdio.h>

static int global_value = 3;

int main(int argc, char **argv)
{
    (void)argv;
    int *p;
    if (argc > 3)
        p = &global_value;
    printf("start\n");
    int v = *p; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
