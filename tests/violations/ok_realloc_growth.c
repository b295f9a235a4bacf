// A dynamic array grown with realloc keeps its data; a string buffer too.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    int cap = 2, len = 0;
    int *v = malloc(cap * sizeof *v);
    for (int i = 0; i < 20; i++) {
        if (len == cap) {
            cap *= 2;
            v = realloc(v, cap * sizeof *v);
        }
        v[len++] = i * i;
    }
    long sum = 0;
    for (int i = 0; i < len; i++)
        sum += v[i];
    printf("len %d cap %d sum %ld last %d\n", len, cap, sum, v[len - 1]);
    char *s = NULL;
    size_t n = 0;
    const char *words[] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; i++) {
        size_t w = strlen(words[i]);
        s = realloc(s, n + w + 2);
        memcpy(s + n, words[i], w);
        n += w;
        s[n++] = ' ';
        s[n] = '\0';
    }
    printf("[%s]\n", s);
    free(s);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
len 20 cap 32 sum 2470 last 361
[alpha beta gamma ]
*/
