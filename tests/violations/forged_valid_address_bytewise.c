// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A pointer is copied byte by byte through integer arithmetic (as a naive
// serializer would). The address is valid, but the bytes were written as
// data, so the copy carries no capability.
#include <stdio.h>
#include <string.h>

static int secret = 1234;

int main(void)
{
    int *orig = &secret;
    unsigned char bytes[sizeof orig];
    memcpy(bytes, &orig, sizeof orig);
    unsigned char rebuilt[sizeof orig];
    for (size_t i = 0; i < sizeof orig; i++)
        rebuilt[i] = (unsigned char)(bytes[i] ^ 0x5a ^ 0x5a);
    int *copy;
    memcpy(&copy, rebuilt, sizeof copy);
    printf("start %d\n", copy == orig);
    int v = *copy; // VIOLATION: forged-pointer
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start 1
*/
