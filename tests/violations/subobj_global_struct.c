// ASAN: detects (UBSan: index 3 out of bounds for type 'int [3]')  [gcc 12 -fsanitize=address,undefined, default options]
// A global configuration struct: writing past an array member clobbers the
// next member.
#include <stdio.h>

struct config {
    int ports[3];
    int debug;
} cfg = {{80, 443, 8080}, 0};

int main(void)
{
    printf("start\n");
    int n = 4;
    for (int i = 0; i < n; i++)
        cfg.ports[i] = 1; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", cfg.debug);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
