// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A heap matrix int (*m)[4] of 3 rows is written at row 3.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int rows = 3;
    int (*m)[4] = malloc(rows * sizeof *m);
    printf("start\n");
    for (int i = 0; i <= rows; i++)
        m[i][0] = i; // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    free(m);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
