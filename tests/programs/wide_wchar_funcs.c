#include <stdio.h>
#include <wchar.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>

int main(void) {
    setlocale(LC_ALL, "C");
    const wchar_t *w = L"alpha beta gamma";
    printf("wcslen=%zu\n", wcslen(w));
    const wchar_t *sp = wcschr(w, L' ');
    printf("wcschr offset=%td rchr offset=%td\n", sp - w, wcsrchr(w, L' ') - w);
    printf("wcsstr=%ls\n", wcsstr(w, L"beta"));
    wchar_t *end;
    long v = wcstol(L"  -1234xyz", &end, 10);
    printf("wcstol=%ld rest=%ls\n", v, end);
    double d = wcstod(L"2.5e2", NULL);
    printf("wcstod=%g\n", d);
    wchar_t buf[64];
    int n = swprintf(buf, 64, L"%d-%ls-%c", 42, L"wide", 'x');
    printf("swprintf n=%d buf=%ls\n", n, buf);
    char mb[32];
    size_t conv = wcstombs(mb, L"ascii only", sizeof mb);
    printf("wcstombs=%zu '%s'\n", conv, mb);
    wchar_t back[32];
    conv = mbstowcs(back, "round trip", 32);
    printf("mbstowcs=%zu '%ls' cmp=%d\n", conv, back, wcscmp(back, L"round trip"));
    wchar_t sorted[] = L"dcba";
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++)
            if (sorted[j] < sorted[i]) { wchar_t t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t; }
    printf("sorted=%ls\n", sorted);
    printf("wcsncmp=%d wmemcmp=%d\n", wcsncmp(L"abcX", L"abcY", 3), wmemcmp(L"ab", L"ac", 2) < 0);
    wchar_t cpy[8];
    wmemset(cpy, L'q', 7);
    cpy[7] = L'\0';
    printf("wmemset=%ls\n", cpy);
    return 0;
}

/* EXPECT-STDOUT:
wcslen=16
wcschr offset=5 rchr offset=10
wcsstr=beta gamma
wcstol=-1234 rest=xyz
wcstod=250
swprintf n=9 buf=42-wide-x
wcstombs=10 'ascii only'
mbstowcs=10 'round trip' cmp=0
sorted=abcd
wcsncmp=0 wmemcmp=1
wmemset=qqqqqqq
*/
