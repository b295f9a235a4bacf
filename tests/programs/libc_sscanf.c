#include <stdio.h>

int main(void) {
    int a, b, c;
    int n = sscanf("10 20 30", "%d %d %d", &a, &b, &c);
    printf("n=%d a=%d b=%d c=%d\n", n, a, b, c);
    char name[16];
    int age;
    double h;
    n = sscanf("name=alice age=30 height=1.68", "name=%15s age=%d height=%lf", name, &age, &h);
    printf("n=%d name=%s age=%d h=%.2f\n", n, name, age, h);
    int y, mo, d;
    n = sscanf("2024-03-15", "%d-%d-%d", &y, &mo, &d);
    printf("n=%d %04d/%02d/%02d\n", n, y, mo, d);
    unsigned x;
    n = sscanf("ff", "%x", &x);
    printf("n=%d x=%u\n", n, x);
    int consumed;
    n = sscanf("123abc", "%d%n", &a, &consumed);
    printf("n=%d a=%d consumed=%d\n", n, a, consumed);
    n = sscanf("abc", "%d", &a);
    printf("no match n=%d\n", n);
    char word[8], rest[32];
    n = sscanf("key: value with spaces", "%7[^:]: %31[^\n]", word, rest);
    printf("n=%d word=%s rest=%s\n", n, word, rest);
    char ch;
    n = sscanf("  Z", " %c", &ch);
    printf("n=%d ch=%c\n", n, ch);
    return 0;
}

/* EXPECT-STDOUT:
n=3 a=10 b=20 c=30
n=3 name=alice age=30 h=1.68
n=3 2024/03/15
n=1 x=255
n=1 a=123 consumed=3
no match n=0
n=2 word=key rest=value with spaces
n=1 ch=Z
*/
