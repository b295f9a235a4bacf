// A parameter declared with a function type is a pointer to a function
// (C11 6.7.6.3p8), as libtommath's mp_prime_rand takes its
// `private_mp_prime_callback cb`: it is called, compared and passed on.
#include <stdio.h>

typedef int callback(unsigned char *dst, int len, void *dat);
typedef int unary(int x);

static int fill(unsigned char *dst, int len, void *dat)
{
    int base = *(int *)dat;
    for (int i = 0; i < len; i++)
        dst[i] = (unsigned char)(base + i);
    return len;
}

static int use(callback cb, void *dat)
{
    unsigned char buf[4];
    if (cb(buf, 4, dat) != 4)
        return -1;
    return buf[0] + buf[3];
}

static int twice(int x) { return 2 * x; }
static int is_twice(unary *p) { return p == twice; }
static int apply(unary f, int x) { return is_twice(f) ? f(f(x)) : f(x); }

int main(void)
{
    int base = 10;
    printf("%d %d\n", use(fill, &base), apply(twice, 5));
    return 0;
}
/* EXPECT-STDOUT:
23 20
*/
