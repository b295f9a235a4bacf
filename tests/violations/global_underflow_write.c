// ASAN: detects (UBSan: index -1 out of bounds for type 'int [8]')  [gcc 12 -fsanitize=address,undefined, default options]
// A ring buffer index decremented below zero writes before a global array.
#include <stdio.h>

static int ring[8];
static int head = 0;

static void push_front(int v)
{
    head--;
    ring[head] = v; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
}

int main(void)
{
    printf("start\n");
    push_front(1);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
