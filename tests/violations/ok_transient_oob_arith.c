// Pointer arithmetic that goes out of bounds and comes back before any
// dereference (legal at run time in the safe runtime: only accesses are checked).
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int *a = malloc(10 * sizeof *a);
    for (int i = 0; i < 10; i++)
        a[i] = i * 3;
    int *far = a + 100;
    int *back = far - 95;
    printf("%d\n", *back);
    int *one_based = a - 1; /* Numerical Recipes style */
    printf("%d %d\n", one_based[1], one_based[10]);
    char buf[8] = "abcdefg";
    char *p = buf + 20;
    p -= 18;
    printf("%c\n", *p);
    free(a);
    return 0;
}
/* EXPECT-STDOUT:
15
0 27
c
*/
