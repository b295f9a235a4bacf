// strtok and strtok_r over a writable copy of a string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char line[] = "alpha, beta;gamma  delta";
    int n = 0;
    for (char *tok = strtok(line, ",; "); tok; tok = strtok(NULL, ",; "))
        printf("%d:%s\n", n++, tok);
    char *copy = strdup("k1=v1&k2=v2");
    char *save1;
    for (char *pair = strtok_r(copy, "&", &save1); pair; pair = strtok_r(NULL, "&", &save1)) {
        char *save2;
        char *k = strtok_r(pair, "=", &save2);
        char *v = strtok_r(NULL, "=", &save2);
        printf("%s -> %s\n", k, v);
    }
    free(copy);
    return 0;
}
/* EXPECT-STDOUT:
0:alpha
1:beta
2:gamma
3:delta
k1 -> v1
k2 -> v2
*/
