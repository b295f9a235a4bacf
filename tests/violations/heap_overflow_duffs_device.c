// ASAN: detects (AddressSanitizer: heap-buffer-overflow)  [gcc 12 -fsanitize=address,undefined, default options]
// Duff's device: the switch jumps into the middle of the copy loop.  The
// destination holds 10 elements and 13 are copied: the 11th write, at
// `case 3`, is the first past its end.
#include <stdio.h>
#include <stdlib.h>

static void copy(short *to, const short *from, int count)
{
    int n = (count + 3) / 4;
    switch (count % 4) {
    case 0: do { *to++ = *from++;
    case 3:      *to++ = *from++; // VIOLATION: heap-buffer-overflow
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

int main(void)
{
    short src[13];
    for (int i = 0; i < 13; i++)
        src[i] = (short)(i * 7);
    short *dst = malloc(10 * sizeof *dst);
    copy(dst, src, 10);
    printf("%d %d\n", dst[0], dst[9]);
    copy(dst, src, 13);
    printf("NOT-REACHED\n");
    free(dst);
    return 0;
}
/* EXPECT-STDOUT:
0 63
*/
