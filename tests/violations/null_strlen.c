// ASAN: detects (UBSan: null pointer passed as argument 1, which is declared to never be null)  [gcc 12 -fsanitize=address,undefined, default options]
// strlen of a NULL string pointer.
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *title = argc > 1 ? argv[1] : NULL;
    printf("start\n");
    size_t n = strlen(title); // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    printf("%zu\n", n);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
