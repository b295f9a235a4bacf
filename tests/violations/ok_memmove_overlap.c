// memmove with overlapping ranges in both directions (correct, unlike memcpy).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char buf[16] = "abcdefgh";
    memmove(buf + 2, buf, 8);
    buf[10] = '\0';
    printf("%s\n", buf);
    memmove(buf, buf + 2, 9);
    printf("%s\n", buf);
    int n = 6;
    int *a = malloc(n * sizeof *a);
    for (int i = 0; i < n; i++)
        a[i] = i;
    memmove(a, a + 1, (n - 1) * sizeof *a);
    a[n - 1] = -1;
    for (int i = 0; i < n; i++)
        printf("%d ", a[i]);
    printf("\n");
    memcpy(a, a + 3, 3 * sizeof *a); /* adjacent, not overlapping */
    printf("%d %d %d\n", a[0], a[1], a[2]);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
ababcdefgh
abcdefgh
1 2 3 4 5 -1 
4 5 -1
*/
