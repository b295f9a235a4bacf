// ASAN: detects (AddressSanitizer: heap-use-after-free)  [gcc 12 -fsanitize=address,undefined, default options]
// The string asprintf allocated is freed, then printed.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *msg;
    if (asprintf(&msg, "job %d done", 17) < 0)
        return 1;
    printf("%s\n", msg);
    free(msg);
    char c = msg[0]; // VIOLATION: use-after-free
    printf("NOT-REACHED\n");
    return c;
}
/* EXPECT-STDOUT:
job 17 done
*/
