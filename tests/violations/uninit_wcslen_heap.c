// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// A wide heap buffer gets two characters but no terminator; wcslen reads
// the unwritten characters after them.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t *w = malloc(32 * sizeof(wchar_t));
    if (!w)
        return 2;
    w[0] = L'h';
    w[1] = L'i';
    printf("start\n");
    size_t n = wcslen(w); // VIOLATION: uninitialized-read
    printf("NOT-REACHED\n");
    free(w);
    return (int)n;
}
/* EXPECT-STDOUT:
start
*/
