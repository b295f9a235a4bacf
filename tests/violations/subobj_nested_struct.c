// ASAN: detects (UBSan: index 2 out of bounds for type 'int [2]')  [gcc 12 -fsanitize=address,undefined, default options]
// A member array of an inner struct is written past its end, into the outer
// struct's next member.
#include <stdio.h>

struct inner {
    int v[2];
};

struct outer {
    struct inner in;
    int after;
};

int main(void)
{
    struct outer o = {{{1, 2}}, 3};
    printf("start\n");
    int k = 2;
    o.in.v[k] = 5; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", o.after);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
