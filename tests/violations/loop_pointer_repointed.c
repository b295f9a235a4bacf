// ASAN: detects (AddressSanitizer: stack-buffer-overflow)
// The pointer walked by the loop is re-aimed at a smaller array half way:
// accesses after that are checked against the new array.
#include <stdio.h>

int main(void)
{
    printf("start\n");
    int big[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    int small[2] = {9, 9};
    int *p = big;
    int s = 0;
    for (int i = 0; i < 8; i++) {
        if (i == 4)
            p = small;
        s += p[i % 4]; // VIOLATION: stack-buffer-overflow
    }
    printf("NOT-REACHED\n");
    return (int)s;
}
/* EXPECT-STDOUT:
start
*/
