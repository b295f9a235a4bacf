// ASAN: detects (UBSan: index -472 out of bounds for type 'int [8]')  [gcc 12 -fsanitize=address,undefined, default options]
// An index off one global array lands exactly inside another global array
// (past any redzone in between).
#include <stdio.h>
#include <stdint.h>

int first[8];
int second[8] = {42, 43, 44};

int main(void)
{
    printf("start\n");
    intptr_t d = ((intptr_t)second - (intptr_t)first) / (intptr_t)sizeof(int);
    int v = first[d]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
