/* register locals declared without an initializer, assigned before use
 * (zlib's deflate.c `register unsigned len;`): every mode, --uninit=zero
 * included, must build and run them. */
#include <stdio.h>

struct pair {
    int a, b;
};

static unsigned sum(const unsigned char *p, int n)
{
    register unsigned len;
    register unsigned total;
    register struct pair pr;
    len = (unsigned)n;
    total = 0;
    while (len--)
        total += *p++;
    pr.a = (int)total;
    pr.b = 1;
    return (unsigned)(pr.a + pr.b);
}

int main(void)
{
    unsigned char data[5] = {1, 2, 3, 4, 5};
    printf("%u\n", sum(data, 5));
    return 0;
}
/* EXPECT-STDOUT:
16
*/
