// ASAN: detects (AddressSanitizer: stack-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// memcmp compares more bytes than the local key holds.
#include <stdio.h>
#include <string.h>

int main(void)
{
    char key[4] = {'k', 'e', 'y', '1'};
    const char *other = "key1-and-more-bytes";
    printf("start\n");
    int r = memcmp(key, other, strlen(other)); // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", r);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
