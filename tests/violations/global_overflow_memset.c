// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memset of a global struct array with one element too many.
#include <stdio.h>
#include <string.h>

struct slot {
    int used;
    char name[12];
};

struct slot slots[4];

int main(void)
{
    int n = 5;
    printf("start\n");
    memset(slots, 0, n * sizeof slots[0]); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
