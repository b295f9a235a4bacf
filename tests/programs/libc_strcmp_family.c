#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *sign(int v) { return v < 0 ? "<" : v > 0 ? ">" : "="; }

int main(void) {
    const char *a[] = {"apple", "apple", "Apple", "app", "b", "", "abc"};
    const char *b[] = {"apple", "apples", "apple", "apple", "a", "", "abd"};
    for (int i = 0; i < 7; i++)
        printf("'%s' vs '%s': strcmp %s strncmp3 %s strcasecmp %s\n", a[i], b[i], sign(strcmp(a[i], b[i])),
               sign(strncmp(a[i], b[i], 3)), sign(strcasecmp(a[i], b[i])));
    printf("strncasecmp HELLO/help 3: %s\n", sign(strncasecmp("HELLO", "help", 3)));
    printf("strncasecmp HELLO/help 4: %s\n", sign(strncasecmp("HELLO", "help", 4)));
    printf("high bytes: %s\n", sign(strcmp("\xff", "a")));
    char buf[4] = "abc";
    printf("strcoll: %s\n", sign(strcoll(buf, "abd")));
    return 0;
}

/* EXPECT-STDOUT:
'apple' vs 'apple': strcmp = strncmp3 = strcasecmp =
'apple' vs 'apples': strcmp < strncmp3 = strcasecmp <
'Apple' vs 'apple': strcmp < strncmp3 < strcasecmp =
'app' vs 'apple': strcmp < strncmp3 = strcasecmp <
'b' vs 'a': strcmp > strncmp3 > strcasecmp >
'' vs '': strcmp = strncmp3 = strcasecmp =
'abc' vs 'abd': strcmp < strncmp3 < strcasecmp <
strncasecmp HELLO/help 3: =
strncasecmp HELLO/help 4: <
high bytes: >
strcoll: <
*/
