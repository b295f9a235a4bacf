// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy of a larger header into a smaller local struct.
#include <stdio.h>
#include <string.h>

struct small {
    int a, b;
};

int main(void)
{
    long big[4] = {1, 2, 3, 4};
    struct small s;
    printf("start\n");
    memcpy(&s, big, sizeof big); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", s.a);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
