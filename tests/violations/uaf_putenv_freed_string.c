// ASAN: misses (putenv is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// putenv keeps the string itself; here it was freed before the call.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *kv = strdup("SAFEC_T=1");
    printf("%s\n", kv);
    free(kv);
    putenv(kv); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
SAFEC_T=1
*/
