#include <stdio.h>

static void duff_copy(short *to, const short *from, int count) {
    int n = (count + 7) / 8;
    if (count <= 0) return;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    /* fallthrough */
    case 7:      *to++ = *from++;
    /* fallthrough */
    case 6:      *to++ = *from++;
    /* fallthrough */
    case 5:      *to++ = *from++;
    /* fallthrough */
    case 4:      *to++ = *from++;
    /* fallthrough */
    case 3:      *to++ = *from++;
    /* fallthrough */
    case 2:      *to++ = *from++;
    /* fallthrough */
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

int main(void) {
    short src[40], dst[40];
    for (int i = 0; i < 40; i++) { src[i] = (short)(i * 3 + 1); dst[i] = -1; }
    for (int count = 0; count <= 20; count += 3) {
        for (int i = 0; i < 40; i++) dst[i] = -1;
        duff_copy(dst, src, count);
        int sum = 0, copied = 0;
        for (int i = 0; i < 40; i++) if (dst[i] != -1) { sum += dst[i]; copied++; }
        printf("count=%d copied=%d sum=%d\n", count, copied, sum);
    }
    return 0;
}

/* EXPECT-STDOUT:
count=0 copied=0 sum=0
count=3 copied=3 sum=12
count=6 copied=6 sum=51
count=9 copied=9 sum=117
count=12 copied=12 sum=210
count=15 copied=15 sum=330
count=18 copied=18 sum=477
*/
