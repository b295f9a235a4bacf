// Local arrays filled from the front by counted loops, each iteration
// reading only elements earlier iterations wrote (a message schedule, a
// prefix sum, a recurrence): proven written by the compiler, so they carry
// no run-time init tracking, and they compute what gcc computes.
#include <stdint.h>
#include <stdio.h>

static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static uint32_t schedule(const unsigned char *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t h = 0;
    for (int i = 0; i < 64; i++)
        h = h * 31 + w[i];
    return h;
}

static long prefix_sums(int n)
{
    long ps[40];
    int i;
    ps[0] = 3;
    for (i = 1; i < 40; i++)
        ps[i] = ps[i - 1] + i * (long)n;
    long t = 0;
    for (i = 0; i < 40; i++)
        t ^= ps[i] << (i % 7);
    return t;
}

static double fib_ratio(void)
{
    double f[30];
    f[0] = 0;
    f[1] = 1;
    for (int k = 2; k <= 29; k++)
        f[k] = f[k - 1] + f[k - 2];
    return f[29] / f[28];
}

int main(void)
{
    unsigned char block[64];
    for (int i = 0; i < 64; i++)
        block[i] = (unsigned char)(i * 7 + 3);
    printf("schedule %08x\n", schedule(block));
    printf("prefix %ld\n", prefix_sums(5));
    printf("fib %.9f\n", fib_ratio());
    return 0;
}
/* EXPECT-STDOUT:
schedule 88966b0d
prefix 229628
fib 1.618033989
*/
