// Loops a jump enters from outside: Duff's device (a switch into the middle
// of a do-while) and a goto into a for loop's body, reading and writing
// through struct pointers at fixed offsets and through moving pointers.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct acc {
    long total;
    int count;
    short data[40];
};

static void duff(struct acc *a, const short *from, int count)
{
    int n = (count + 7) / 8;
    int k = 0;
    switch (count % 8) {
    case 0: do { a->data[k++] = *from++; a->count++;
    case 7:      a->data[k++] = *from++; a->count++;
    case 6:      a->data[k++] = *from++; a->count++;
    case 5:      a->data[k++] = *from++; a->count++;
    case 4:      a->data[k++] = *from++; a->count++;
    case 3:      a->data[k++] = *from++; a->count++;
    case 2:      a->data[k++] = *from++; a->count++;
    case 1:      a->data[k++] = *from++; a->count++;
            } while (--n > 0);
    }
}

static long resume(struct acc *a, int start_inside)
{
    int i = 0;
    if (start_inside) {
        i = 5;
        goto inside;
    }
    for (; i < 12; i++) {
        a->total += a->count;
    inside:
        a->total += a->data[i];
    }
    return a->total;
}

int main(void)
{
    short src[40];
    for (int i = 0; i < 40; i++)
        src[i] = (short)(i * 3 - 20);
    for (int count = 1; count <= 40; count += 13) {
        struct acc *a = malloc(sizeof *a);
        if (!a)
            return 2;
        memset(a, 0, sizeof *a);
        duff(a, src, count);
        long r0 = resume(a, 0);
        long r1 = resume(a, 1);
        printf("%d: count %d last %d resume %ld %ld\n", count, a->count, a->data[count - 1], r0,
               r1);
        free(a);
    }
    return 0;
}
/* EXPECT-STDOUT:
1: count 1 last -20 resume -8 -2
14: count 14 last 19 resume 126 238
27: count 27 last 58 resume 282 472
40: count 40 last 97 resume 438 706
*/
