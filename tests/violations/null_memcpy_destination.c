// ASAN: detects (UBSan: null pointer passed as argument 1, which is declared to never be null)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy to a NULL destination with a non-zero size.
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    (void)argv;
    char src[8] = "data";
    char *dst = NULL;
    printf("start\n");
    memcpy(dst, src, (size_t)argc + 3); // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
