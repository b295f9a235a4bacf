// ASAN: misses (the macro reads glibc's ctype table out of bounds, libc memory is not poisoned; UBSan is silent)  [gcc 12 -fsanitize=address,undefined, default options]
// isalpha on decoded Unicode code points: U+017C (380) is outside EOF..255,
// and outside glibc's -128..255 table.
#include <ctype.h>
#include <stdio.h>

static const char text[] = "za\xc5\xbc";

int main(void)
{
    int letters = 0;
    for (int i = 0; text[i];) {
        unsigned char b = (unsigned char)text[i];
        int cp = b;
        if (b >= 0xc0) { /* two-byte UTF-8 sequence */
            cp = ((b & 0x1f) << 6) | (text[i + 1] & 0x3f);
            i += 2;
        } else {
            i += 1;
        }
        printf("code point %d\n", cp);
        letters += isalpha(cp) != 0; // VIOLATION: global-buffer-overflow
    }
    printf("NOT-REACHED\n");
    return letters;
}
/* EXPECT-STDOUT:
code point 122
code point 97
code point 380
*/
