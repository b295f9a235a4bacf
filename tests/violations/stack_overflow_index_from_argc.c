// ASAN: detects (UBSan: index 6 out of bounds for type 'int [4]')  [gcc 12 -fsanitize=address,undefined, default options]
// A table index computed from the argument count is out of range.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int table[4] = {10, 20, 30, 40};
    printf("start\n");
    int v = table[argc + 5]; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
