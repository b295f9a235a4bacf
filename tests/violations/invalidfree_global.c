// ASAN: detects (AddressSanitizer: bad-free)  [gcc 12 -fsanitize=address,undefined, default options]
// free of a global array.
#include <stdio.h>
#include <stdlib.h>

static char default_name[16] = "default";

int main(int argc, char **argv)
{
    (void)argv;
    char *name = default_name;
    if (argc > 5)
        name = malloc(16);
    printf("start %s\n", name);
    free(name); // VIOLATION: invalid-free
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start default
*/
