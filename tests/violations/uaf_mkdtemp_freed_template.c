// ASAN: misses (mkdtemp is not intercepted)  [gcc 12 -fsanitize=address,undefined, default options]
// mkdtemp rewrites a template that was already freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *tmpl = strdup("/tmp/safec-dXXXXXX");
    printf("start\n");
    free(tmpl);
    char *d = mkdtemp(tmpl); // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return d != NULL;
}
/* EXPECT-STDOUT:
start
*/
