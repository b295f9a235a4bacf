// Backward iteration with pointers: the loop compares against the start and
// decrements past it only after the last comparison.
#include <stdio.h>
#include <string.h>

static void reverse(char *s)
{
    char *a = s, *b = s + strlen(s);
    while (a < b && a < --b) {
        char t = *a;
        *a++ = *b;
        *b = t;
    }
}

int main(void)
{
    int v[5] = {1, 2, 3, 4, 5};
    for (int *p = v + 5; p-- > v;)
        printf("%d ", *p);
    printf("\n");
    char s[] = "reverse me";
    reverse(s);
    printf("%s\n", s);
    char e[] = "";
    reverse(e);
    printf("[%s]\n", e);
    size_t i = sizeof v / sizeof v[0];
    while (i--)
        if (v[i] % 2 == 0)
            break;
    printf("last even at %zu\n", i);
    return 0;
}
/* EXPECT-STDOUT:
5 4 3 2 1 
em esrever
[]
last even at 3
*/
