// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// A string hash reads `*s++` after testing `*s` (the test's check covers the
// read); the key was never terminated, so the test runs past its block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned hash(const char *s)
{
    unsigned h = 2166136261u;
    while (*s) // VIOLATION: heap-buffer-overflow
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

int main(void)
{
    char *key = malloc(6);
    memcpy(key, "abc", 4);
    printf("%u\n", hash(key));
    memcpy(key, "abcdef", 6);
    printf("%u\n", hash(key));
    printf("NOT-REACHED\n");
    free(key);
    return 0;
}
/* EXPECT-STDOUT:
440920331
*/
