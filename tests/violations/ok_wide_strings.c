// Wide-string and wide-memory functions used within their buffers: copies,
// concatenation, comparison that stops at a difference inside a shorter
// buffer, searches, wmemchr that stops at a match before the buffer's end.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(void)
{
    wchar_t a[32], b[8];
    wcscpy(a, L"hello");
    wcsncat(a, L", wide world", 6);
    wcsncpy(b, L"help", 8);
    printf("%zu %zu %d %d\n", wcslen(a), wcsnlen(b, 8), wcscmp(a, b) > 0, wcsncmp(a, b, 3));
    wchar_t probe[3] = {L'h', L'x', L'y'}; /* not terminated: only probe[0..1] are read */
    printf("%d\n", wcsncmp(probe, L"hz", 3) < 0);
    printf("%td %td\n", wcschr(a, L',') - a, wcsrchr(a, L'l') - a);
    printf("%td %zu %zu\n", wcsstr(a, L"wide") - a, wcsspn(a, L"hel"), wcscspn(a, L","));
    wchar_t *d = wcsdup(a);
    if (!d)
        return 2;
    wchar_t m[10];
    wmemset(m, L'z', 10);
    wmemcpy(m, L"abc", 3);
    wmemmove(m + 1, m, 4);
    printf("%d %td\n", wmemcmp(m, L"aabcz", 5), wmemchr(m, L'c', 10) - m);
    printf("%ls|%d\n", d, wcspbrk(d, L"w") == NULL);
    free(d);
    return 0;
}
/* EXPECT-STDOUT:
11 4 0 0
1
5 3
7 4 5
0 3
hello, wide|0
*/
