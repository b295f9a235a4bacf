// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// sprintf into a member char array writes into the next member.
#include <stdio.h>

struct item {
    char label[6];
    short qty;
    double price;
};

int main(void)
{
    struct item it = {"", 3, 9.5};
    printf("start\n");
    sprintf(it.label, "item-%d", 1234); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", it.qty);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
