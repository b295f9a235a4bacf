#include <stdio.h>
#include <wchar.h>
#include <stddef.h>
#include <uchar.h>

static size_t wlen(const wchar_t *s) { size_t n = 0; while (s[n]) n++; return n; }

int main(void) {
    const wchar_t *w = L"wide string";
    printf("sizeof(wchar_t)=%zu wlen=%zu wcslen=%zu\n", sizeof(wchar_t), wlen(w), wcslen(w));
    printf("%ls\n", w);
    wchar_t buf[32];
    wcscpy(buf, L"copy");
    wcscat(buf, L"+cat");
    printf("%ls cmp=%d\n", buf, wcscmp(buf, L"copy+cat") == 0);
    const wchar_t *uni = L"caf\u00e9 \u03bb \u4e2d";
    printf("codes:");
    for (size_t i = 0; uni[i]; i++) printf(" %X", (unsigned)uni[i]);
    printf("\n");
    wchar_t warr[] = L"abc";
    printf("sizeof L\"abc\"=%zu elems=%zu\n", sizeof warr, sizeof warr / sizeof warr[0]);
    wchar_t wc = L'Z';
    printf("wc=%d %lc\n", (int)wc, (wint_t)wc);
    const char16_t *u16 = u"utf16 \u00e9";
    const char32_t *u32 = U"utf32 \U0001F600";
    size_t n16 = 0, n32 = 0;
    while (u16[n16]) n16++;
    while (u32[n32]) n32++;
    printf("u16 len=%zu last=%X u32 len=%zu last=%X\n", n16, (unsigned)u16[n16 - 1], n32, (unsigned)u32[n32 - 1]);
    const char *u8 = u8"utf8 \u00e9";
    printf("u8 bytes:");
    for (const char *p = u8; *p; p++) printf(" %02x", (unsigned char)*p);
    printf("\n");
    printf("sizeof u\"ab\"=%zu U\"ab\"=%zu\n", sizeof u"ab", sizeof U"ab");
    wchar_t concat[] = L"con" L"cat";
    printf("%ls\n", concat);
    return 0;
}

/* EXPECT-STDOUT:
sizeof(wchar_t)=4 wlen=11 wcslen=11
wide string
copy+cat cmp=1
codes: 63 61 66 E9 20 3BB 20 4E2D
sizeof L"abc"=16 elems=4
wc=90 Z
u16 len=7 last=E9 u32 len=7 last=1F600
u8 bytes: 75 74 66 38 20 c3 a9
sizeof u"ab"=6 U"ab"=12
concat
*/
