#include <stdio.h>
#include <stdbool.h>

static bool is_even(int x) { return x % 2 == 0; }

int main(void) {
    _Bool a = 5;
    _Bool b = 0.5;
    _Bool c = -1;
    _Bool d = 0;
    printf("a=%d b=%d c=%d d=%d\n", a, b, c, d);
    bool e = true, f = false;
    printf("true=%d false=%d sizeof(bool)=%zu\n", e, f, sizeof(bool));
    int count = 0;
    for (int i = 0; i < 10; i++) count += is_even(i);
    printf("evens=%d\n", count);
    bool arr[5] = {1, 0, 3, 0, 7};
    for (int i = 0; i < 5; i++) printf("%d", arr[i]);
    printf("\n");
    _Bool x = 1;
    x++;
    printf("x after ++ = %d\n", x);
    x = 0;
    x--;
    printf("x after -- = %d\n", x);
    x += 2;
    printf("x after +=2 = %d\n", x);
    int *p = &count;
    bool hasp = p;
    printf("hasp=%d\n", hasp);
    bool z = (bool)(256);
    unsigned char uc = (unsigned char)256;
    printf("z=%d uc=%d\n", z, uc);
    printf("!5=%d !!5=%d\n", !5, !!5);
    return 0;
}

/* EXPECT-STDOUT:
a=1 b=1 c=1 d=0
true=1 false=0 sizeof(bool)=1
evens=5
10101
x after ++ = 1
x after -- = 1
x after +=2 = 1
hasp=1
z=1 uc=0
!5=0 !!5=1
*/
