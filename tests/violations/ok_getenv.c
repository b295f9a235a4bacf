// getenv of set and unset variables, with the NULL checked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    setenv("SAFEC_OK_VAR", "value-42", 1);
    const char *v = getenv("SAFEC_OK_VAR");
    printf("%s %zu\n", v ? v : "(unset)", v ? strlen(v) : 0);
    unsetenv("SAFEC_OK_UNSET");
    const char *u = getenv("SAFEC_OK_UNSET");
    printf("%s\n", u ? u : "(unset)");
    const char *path = getenv("PATH");
    printf("path %s\n", path && path[0] ? "set" : "empty");
    return 0;
}
/* EXPECT-STDOUT:
value-42 8
(unset)
path set
*/
