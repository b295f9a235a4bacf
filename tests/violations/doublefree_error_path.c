// ASAN: detects (AddressSanitizer: double-free)  [gcc 12 -fsanitize=address,undefined, default options]
// An error path frees a buffer and then falls into the common cleanup,
// which frees it again.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse(const char *text)
{
    int rc = 0;
    char *copy = strdup(text);
    if (strchr(copy, '!')) {
        free(copy);
        rc = -1;
        goto out;
    }
    printf("parsed %s\n", copy);
out:
    free(copy); // VIOLATION: double-free
    return rc;
}

int main(void)
{
    printf("start\n");
    parse("fine");
    parse("bad!");
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
parsed fine
*/
