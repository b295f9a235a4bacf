// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// MSAN: detects  [clang 14 -fsanitize=memory]
// A flag is only assigned inside a loop that does not run without arguments;
// the branch on it reads an uninitialized value.
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    int found;
    for (int i = 1; i < argc; i++)
        found = strcmp(argv[i], "-v") == 0;
    printf("start\n");
    if (found) // VIOLATION: uninitialized-read
        printf("verbose\n");
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
