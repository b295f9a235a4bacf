// The overflow builtins write their result through a pointer: the result
// object is initialized by them (and the write is checked).
#include <stdio.h>

struct acc { long total; int count; };

int main(void)
{
    long r;
    int ovf = __builtin_mul_overflow(3L, 4L, &r);
    int s;
    int ovf2 = __builtin_add_overflow(2147483647, 1, &s);
    struct acc a;
    struct acc *pa = &a;
    ovf += __builtin_add_overflow(r, 30L, &pa->total);
    pa->count = 1;
    printf("%ld %d %d %d %ld %d\n", r, ovf, s, ovf2, a.total, a.count);
    return 0;
}
/* EXPECT-STDOUT:
12 0 -2147483648 1 42 1
*/
