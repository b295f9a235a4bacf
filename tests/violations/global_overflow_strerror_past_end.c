// ASAN: misses (the message lives in libc's read-only data, not poisoned)  [gcc 12 -fsanitize=address,undefined, default options]
// The strerror message is read past its end (a fixed-size field copy).
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *m = strerror(EPERM);
    printf("%s\n", m);
    char field[48];
    for (int i = 0; i < 48; i++)
        field[i] = m[i]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return field[0];
}
/* EXPECT-STDOUT:
Operation not permitted
*/
