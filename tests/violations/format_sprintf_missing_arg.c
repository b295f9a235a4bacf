// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// sprintf with a %s conversion that has no argument.
#include <stdio.h>

int main(void)
{
    char buf[64];
    const char *user = "root";
    printf("start\n");
    sprintf(buf, "%s@%s", user); // VIOLATION: format-violation
    printf("NOT-REACHED\n");
    printf("%s\n", buf);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
