// ASAN: misses (the buffer is libc's, not poisoned)  [gcc 12 -fsanitize=address,undefined, default options]
// asctime's result (libc's static buffer) is copied as if it held 32 bytes.
#include <stdio.h>
#include <time.h>

int main(void)
{
    time_t t = 1700000000;
    struct tm tm;
    gmtime_r(&t, &tm);
    const char *s = asctime(&tm);
    printf("%s", s);
    char copy[32];
    for (int i = 0; i < 32; i++)
        copy[i] = s[i]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return copy[0];
}
/* EXPECT-STDOUT:
Tue Nov 14 22:13:20 2023
*/
