#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *d = strdup("duplicate me");
    d[0] = 'D';
    printf("strdup=%s\n", d);
    free(d);
    char *nd = strndup("truncated copy", 9);
    printf("strndup=%s len=%zu\n", nd, strlen(nd));
    free(nd);
    printf("strnlen=%zu %zu\n", strnlen("abcdef", 3), strnlen("ab", 10));
    char buf[32];
    char *p = stpcpy(buf, "first");
    p = stpcpy(p, "-second");
    printf("stpcpy=%s end_offset=%td\n", buf, p - buf);
    char dst[16];
    memset(dst, '.', sizeof dst);
    void *r = memccpy(dst, "stop:here", ':', sizeof dst);
    printf("memccpy copied=%td first5=%.5s\n", r ? (char *)r - dst : -1, dst);
    char line[] = "user:x:1000:1000::/home/user:/bin/sh";
    char *rest = line;
    char *field;
    int idx = 0;
    while ((field = strsep(&rest, ":")) != NULL) printf("field%d='%s'\n", idx++, field);
    char *rev = strdup("reverse");
    size_t n = strlen(rev);
    for (size_t i = 0; i < n / 2; i++) { char t = rev[i]; rev[i] = rev[n - 1 - i]; rev[n - 1 - i] = t; }
    printf("reversed=%s\n", rev);
    free(rev);
    printf("strerror(0) nonempty=%d\n", strlen(strerror(0)) > 0);
    return 0;
}

/* EXPECT-STDOUT:
strdup=Duplicate me
strndup=truncated len=9
strnlen=3 2
stpcpy=first-second end_offset=12
memccpy copied=5 first5=stop:
field0='user'
field1='x'
field2='1000'
field3='1000'
field4=''
field5='/home/user'
field6='/bin/sh'
reversed=esrever
strerror(0) nonempty=1
*/
