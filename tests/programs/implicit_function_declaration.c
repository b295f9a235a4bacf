/* C89 implicit declarations: functions called before any declaration,
 * with pointer arguments (one defined later in this file, one from libc
 * through a header that is not included). */
#include <stdio.h>

int main(void)
{
    char buf[16];
    int n = fill(buf, 5);
    long w = write(1, buf, (unsigned long)n);
    printf("\n%d %ld\n", n, w);
    return 0;
}

int fill(char *p, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (char)('a' + i);
    return n;
}
/* EXPECT-STDOUT:
abcde
5 5
*/
