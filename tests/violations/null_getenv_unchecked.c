// ASAN: detects (UBSan: load of null pointer of type 'const char')  [gcc 12 -fsanitize=address,undefined, default options]
// getenv of an unset variable returns NULL and its first character is read.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    unsetenv("SAFEC_SURELY_UNSET_VARIABLE");
    const char *v = getenv("SAFEC_SURELY_UNSET_VARIABLE");
    printf("start\n");
    char c = v[0]; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    printf("%c\n", c);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
