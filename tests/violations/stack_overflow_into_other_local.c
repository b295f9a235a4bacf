// ASAN: detects (UBSan: index 32 out of bounds for type 'char [16]')  [gcc 12 -fsanitize=address,undefined, default options]
// An index off one local array lands exactly on another local array of the
// same frame (past any redzone in between).
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    char a[16] = "aaaa";
    char b[16] = "secret";
    printf("start\n");
    intptr_t d = (intptr_t)b - (intptr_t)a;
    char c = a[d]; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%c %c\n", c, b[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
