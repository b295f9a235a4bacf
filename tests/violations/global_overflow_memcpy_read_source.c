// ASAN: detects (AddressSanitizer: global-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy reads past the end of a global source array.
#include <stdio.h>
#include <string.h>

static const int defaults[3] = {1, 2, 3};

int main(void)
{
    int cfg[6];
    printf("start\n");
    memcpy(cfg, defaults, sizeof cfg); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", cfg[0]);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
