// ASAN: detects (UBSan: store to null pointer of type 'int')  [gcc 12 -fsanitize=address,undefined, default options]
// Writes through a pointer that is NULL on this path.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int x = 0;
    int *out = argc > 4 ? &x : NULL;
    printf("start\n");
    *out = 1; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
