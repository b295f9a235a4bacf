// printf's %n with its length modifiers stores exactly the integer it names
// (%hhn a char, %hn a short, %ln a long), and glibc's %Ld/%Lu/%Lx are the
// long long conversions (bzip2recover prints its counts with %Lu).
#include <stdio.h>

int main(void)
{
    signed char c = 0;
    short h = 0;
    int i = 0;
    long l = 0;
    long long ll = 0;
    char buf[64];
    snprintf(buf, sizeof buf, "ab%hhncde%hnfghi%njk%lnl%lln", &c, &h, &i, &l, &ll);
    printf("%s %d %d %d %ld %lld\n", buf, c, h, i, l, ll);
    struct {
        short counted;
        short after;
    } s = {0, 77};
    printf("%s%hn|\n", "xyz", &s.counted);
    printf("%d %d\n", s.counted, s.after);
    unsigned long long big = 123456789012ULL;
    long long neg = -5;
    printf("%Lu %Ld %Lx\n", big, neg, big);
    return 0;
}
/* EXPECT-STDOUT:
abcdefghijkl 2 5 9 11 12
xyz|
3 77
123456789012 -5 1cbe991a14
*/
