#include <stdio.h>
#include <string.h>

int main(void) {
    char line[] = "  alpha, beta;;gamma ,delta  ";
    int n = 0;
    for (char *tok = strtok(line, " ,;"); tok; tok = strtok(NULL, " ,;")) printf("tok%d='%s'\n", n++, tok);
    char csv[] = "k1=v1&k2=v2&k3=&=v4";
    char *save_outer = NULL;
    for (char *pair = strtok_r(csv, "&", &save_outer); pair; pair = strtok_r(NULL, "&", &save_outer)) {
        char *save_inner = NULL;
        char *k = strtok_r(pair, "=", &save_inner);
        char *v = strtok_r(NULL, "=", &save_inner);
        printf("key=%s val=%s\n", k ? k : "(none)", v ? v : "(none)");
    }
    const char *num = "12345abc";
    printf("strspn digits=%zu\n", strspn(num, "0123456789"));
    printf("strcspn digits=%zu\n", strcspn("abc123", "0123456789"));
    printf("strspn none=%zu all=%zu\n", strspn("xyz", "abc"), strspn("aaa", "a"));
    const char *ws = " \t\n  word";
    printf("skip ws -> '%s'\n", ws + strspn(ws, " \t\n"));
    char path[] = "/usr//local/bin/";
    int depth = 0;
    for (char *t = strtok(path, "/"); t; t = strtok(NULL, "/")) depth++;
    printf("depth=%d\n", depth);
    return 0;
}

/* EXPECT-STDOUT:
tok0='alpha'
tok1='beta'
tok2='gamma'
tok3='delta'
key=k1 val=v1
key=k2 val=v2
key=k3 val=(none)
key=v4 val=(none)
strspn digits=5
strcspn digits=3
strspn none=0 all=3
skip ws -> 'word'
depth=3
*/
