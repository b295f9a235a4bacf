// recursion: call-heavy recursive functions -- naive Fibonacci, Takeuchi's
// tarai, Ackermann(2|3, n) (deep stacks), and a recursive descent over a
// degenerate (list-shaped) tree; verified against closed forms / loops.
// Measures: call/return overhead, stack frames, deep recursion.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef FIB_N
#define FIB_N 35
#endif
#ifndef TARAI_X
#define TARAI_X 13
#endif
#ifndef ACK_N
#define ACK_N 9
#endif
#define CHAIN_DEPTH 20000
#define CHAIN_REPEAT 200

static long calls;

static long fib(int n)
{
    calls++;
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/* Takeuchi's original function; closed form: y if x <= y, else z if y <= z, else x. */
static int tarai(int x, int y, int z)
{
    calls++;
    if (x <= y)
        return y;
    return tarai(tarai(x - 1, y, z), tarai(y - 1, z, x), tarai(z - 1, x, y));
}

static int tarai_closed(int x, int y, int z)
{
    if (x <= y)
        return y;
    if (y <= z)
        return z;
    return x;
}

static long ack(long m, long n)
{
    calls++;
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

struct link {
    struct link *next;
    int value;
};

/* sum of the chain, computed recursively (depth = length of the chain) */
static long chain_sum(const struct link *l, int depth, int *max_depth)
{
    if (depth > *max_depth)
        *max_depth = depth;
    if (!l)
        return 0;
    return l->value + chain_sum(l->next, depth + 1, max_depth);
}

int main(void)
{
    int ok = 1;
    uint64_t checksum = 0;

    for (int rep = 0; rep < 4; rep++) {
        long f = fib(FIB_N + (rep & 1));
        long a = 0, b = 1;
        for (int i = 0; i < FIB_N + (rep & 1); i++) {
            long t = a + b;
            a = b;
            b = t;
        }
        ok &= f == a;
        checksum = checksum * 31 + (uint64_t)f;
    }

    for (int x = TARAI_X - 2; x <= TARAI_X; x++) {
        int y = x / 2, z = 0;
        int t = tarai(x, y, z);
        ok &= t == tarai_closed(x, y, z);
        t = tarai(y, x, z);
        ok &= t == tarai_closed(y, x, z);
        checksum = checksum * 31 + (uint64_t)t;
    }

    for (long n = 0; n <= ACK_N; n++) {
        long a3 = ack(3, n), a2 = ack(2, n * 50);
        ok &= a3 == (1L << (n + 3)) - 3;
        ok &= a2 == 2 * (n * 50) + 3;
        checksum = checksum * 31 + (uint64_t)(a3 + a2);
    }

    struct link *chain = NULL;
    long expected = 0;
    for (int i = 0; i < CHAIN_DEPTH; i++) {
        struct link *l = malloc(sizeof *l);
        if (!l) {
            fprintf(stderr, "out of memory\n");
            return 2;
        }
        l->value = i % 1000;
        l->next = chain;
        chain = l;
        expected += i % 1000;
    }
    for (int rep = 0; rep < CHAIN_REPEAT; rep++) {
        int max_depth = 0;
        long s = chain_sum(chain, 0, &max_depth);
        ok &= s == expected && max_depth == CHAIN_DEPTH;
    }
    while (chain) {
        struct link *next = chain->next;
        free(chain);
        chain = next;
    }

    printf("checksum: %016llx %ld\n", (unsigned long long)checksum, calls);
    return ok ? 0 : 1;
}
