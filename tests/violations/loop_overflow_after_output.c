// ASAN: detects (AddressSanitizer: heap-buffer-overflow)
// The loop prints every element before it runs past the end: the report
// must come at the faulting iteration, after the earlier output (a check
// hoisted out of the loop may move, but never report early or skip).
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *p = malloc(4 * sizeof *p);
    for (int i = 0; i < 4; i++)
        p[i] = i * 10;
    for (int i = 0; i <= 4; i++)
        printf("%d\n", p[i]); // VIOLATION: heap-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
0
10
20
30
*/
