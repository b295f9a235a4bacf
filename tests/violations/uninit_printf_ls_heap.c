// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A wide heap string gets three characters and no terminator; printing it
// with %ls reads the characters after them, never written.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t *w = malloc(16 * sizeof(wchar_t));
    if (!w)
        return 2;
    wmemcpy(w, L"abc", 3);
    printf("start\n");
    printf("%ls\n", w); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(w);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
