// ASAN: detects (UBSan: index 4 out of bounds for type 'int [*]')  [gcc 12 -fsanitize=address,undefined, default options]
// A variable-length array is written at index n.
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    int n = argc + 3;
    int v[n];
    printf("start %d\n", n);
    for (int i = 0; i <= n; i++)
        v[i] = i; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", v[0]);
    return 0;
}
/* EXPECT-STDOUT:
start 4
*/
