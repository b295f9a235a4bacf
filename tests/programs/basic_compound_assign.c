#include <stdio.h>

int main(void) {
    int x = 10;
    x += 5;  printf("+= %d\n", x);
    x -= 3;  printf("-= %d\n", x);
    x *= 4;  printf("*= %d\n", x);
    x /= 5;  printf("/= %d\n", x);
    x %= 7;  printf("%%= %d\n", x);
    x <<= 3; printf("<<= %d\n", x);
    x >>= 1; printf(">>= %d\n", x);
    x &= 0xC; printf("&= %d\n", x);
    x |= 0x11; printf("|= %d\n", x);
    x ^= 0xFF; printf("^= %d\n", x);

    /* compound assignment with conversions */
    unsigned char c = 200;
    c += 100;
    printf("uchar 200+=100 -> %d\n", c);
    int i = 7;
    i *= 2.5;
    printf("int 7*=2.5 -> %d\n", i);
    double d = 1.0;
    d += 3;
    d /= 2;
    printf("d=%g\n", d);
    short s = 1000;
    s *= 30;
    printf("short 1000*=30 -> %d\n", s);

    /* compound on array elements with side-effect index */
    int arr[5] = {1, 2, 3, 4, 5};
    int k = 0;
    arr[k++] += 10;
    arr[k++] *= 10;
    printf("arr: %d %d %d k=%d\n", arr[0], arr[1], arr[2], k);

    /* chained assignment */
    int a, b, cc;
    a = b = cc = 42;
    printf("chain %d %d %d\n", a, b, cc);
    int *p = arr;
    *p++ += 1;
    *p += 1;
    printf("ptr ops: %d %d\n", arr[0], arr[1]);
    return 0;
}

/* EXPECT-STDOUT:
+= 15
-= 12
*= 48
/= 9
%= 2
<<= 16
>>= 8
&= 8
|= 25
^= 230
uchar 200+=100 -> 44
int 7*=2.5 -> 17
d=2
short 1000*=30 -> 30000
arr: 11 20 3 k=2
chain 42 42 42
ptr ops: 12 21
*/
