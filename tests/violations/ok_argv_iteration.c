// Iterating over argv both by count and up to the terminating NULL.
// ARGS: one two three
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        printf("%d %s %zu\n", i, argv[i], strlen(argv[i]));
    int n = 0;
    for (char **p = argv + 1; *p; p++)
        n += (int)strlen(*p);
    printf("total %d null-end %d\n", n, argv[argc] == NULL);
    printf("last char %c\n", argv[argc - 1][strlen(argv[argc - 1]) - 1]);
    return 0;
}
/* EXPECT-STDOUT:
1 one 3
2 two 3
3 three 5
total 11 null-end 1
last char e
*/
