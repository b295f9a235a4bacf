// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A 400-byte heap block gets bytes [0, 100) and then [150, 250) written,
// leaving a gap; reads inside both runs pass, and an 8-byte read that
// starts in the first run and ends in the gap is reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    unsigned char *b = malloc(400);
    if (!b)
        return 2;
    for (int i = 0; i < 100; i++)
        b[i] = (unsigned char)i;
    memset(b + 150, 7, 100);
    long s = 0;
    for (int i = 0; i < 100; i++)
        s += b[i];
    for (int i = 150; i < 250; i++)
        s += b[i];
    printf("start %ld\n", s);
    unsigned long long w;
    memcpy(&w, b + 96, sizeof w); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%llu\n", w);
    free(b);
    return 0;
}
/* EXPECT-STDOUT:
start 5650
*/
