// ASAN: misses (no report (only incidental UBSan signed-overflow on garbage values))  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: misses (clang 14 default: no report; with -fsanitize-memory-param-retval it reports later, at line 19, when the value is passed to a call)  [clang 14 -fsanitize=memory]
// realloc grows an array; the new tail is uninitialized but is summed.
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    int n = 4;
    int *v = malloc(n * sizeof *v);
    for (int i = 0; i < n; i++)
        v[i] = 1;
    v = realloc(v, 2 * n * sizeof *v);
    printf("start\n");
    int sum = 0;
    for (int i = 0; i < 2 * n; i++)
        sum += v[i]; // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    free(v);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
