#include <stdio.h>

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* __extension__ silences pedantic warnings for GNU constructs */
#define SAFE_MAX(a, b) __extension__({ __typeof__(a) _x = (a); __typeof__(b) _y = (b); _x > _y ? _x : _y; })

__extension__ typedef long long i64;
__extension__ static const int zero_len_ok[0] = {};

struct reader { const char *buf; int pos, len, errors; };

static int read_byte(struct reader *r) {
    if (unlikely(r->pos >= r->len)) { r->errors++; return -1; }
    return (unsigned char)r->buf[r->pos++];
}

int main(void) {
    struct reader r = {"likely", 0, 6, 0};
    int c, n = 0;
    while (likely((c = read_byte(&r)) >= 0)) { putchar(c - 32); n++; }
    printf("\nread %d errors %d\n", n, r.errors);
    i64 big = __extension__ 1LL << 62;
    printf("big=%lld max=%d\n", big, SAFE_MAX(3, 11));
    __extension__ int arr[] = {1, 2, 3};
    printf("sizeof zero_len_ok=%zu arr sum=%d\n", sizeof zero_len_ok, arr[0] + arr[1] + arr[2]);
    long v = __extension__ ({ long t = 5; t * t; });
    printf("v=%ld\n", v);
    if (unlikely(v > 100)) puts("big v"); else puts("small v");
    return 0;
}

/* EXPECT-STDOUT:
LIKELY
read 6 errors 1
big=4611686018427387904 max=11
sizeof zero_len_ok=0 arr sum=6
v=25
small v
*/
