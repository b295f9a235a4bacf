// Aligning a pointer inside a buffer through uintptr_t arithmetic (the
// buffer is exposed; the result stays inside it).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *align_up(void *p, uintptr_t a)
{
    uintptr_t u = (uintptr_t)p;
    u = (u + a - 1) & ~(a - 1);
    return (void *)u;
}

int main(void)
{
    unsigned char *raw = malloc(128);
    unsigned char *p = align_up(raw + 1, 64);
    size_t off = (size_t)(p - raw);
    printf("aligned %d in range %d\n", ((uintptr_t)p % 64) == 0, off >= 1 && off < 65);
    double *d = align_up(raw + 3, sizeof(double));
    *d = 6.5;
    printf("%.1f\n", *d);
    static char arena[256];
    long *l = align_up(arena + 5, 16);
    *l = 77;
    printf("%ld\n", *l);
    free(raw);
    return 0;
}
/* EXPECT-STDOUT:
aligned 1 in range 1
6.5
77
*/
