// Multibyte conversions in a UTF-8 locale with exact-size buffers: mblen
// and mbtowc on a character that ends its array (no NUL after it, n larger
// than the array), wctomb into exactly the character's bytes, mbstowcs and
// wcstombs filling their destinations exactly (no room for the NUL).
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8"))
        return 1;
    char e[2] = {(char)0xc3, (char)0xa9}; /* U+00E9, no NUL */
    printf("mblen %d %d %d\n", mblen(e, 8), mblen("a", 1), mblen("", 1));
    wchar_t wc;
    int len = mbtowc(&wc, e, sizeof e + 6);
    printf("mbtowc %d %x\n", len, (unsigned)wc);
    char out[2];
    int k = wctomb(out, L'\u00e9');
    printf("wctomb %d %d\n", k, memcmp(out, e, 2) == 0);
    mblen(NULL, 0);
    mbtowc(NULL, NULL, 0);

    const char *text = "na\xc3\xafve";
    wchar_t w[5];
    size_t n = mbstowcs(w, text, 5); /* 5 characters, no room for L'\0' */
    size_t all = mbstowcs(NULL, text, 0);
    printf("mbstowcs %zu %zu %x\n", n, all, (unsigned)w[2]);
    char back[6];
    size_t m = wcstombs(back, L"na\u00efve", sizeof back); /* 6 bytes exactly */
    printf("wcstombs %zu %d %zu\n", m, memcmp(back, text, 6) == 0,
           wcstombs(NULL, L"na\u00efve", 0));
    char tiny[3];
    printf("partial %zu\n", wcstombs(tiny, L"\u00e9\u00e9", sizeof tiny)); /* 2: the second does not fit */
    return 0;
}
/* EXPECT-STDOUT:
mblen 2 1 0
mbtowc 2 e9
wctomb 2 1
mbstowcs 5 5 ef
wcstombs 6 1 6
partial 2
*/
