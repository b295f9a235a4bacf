#include <stdio.h>
#include <limits.h>

int main(void) {
    signed char sc = (signed char)0xF0;
    unsigned char uc = 0xF0;
    char pc = 'A';
    printf("sc=%d uc=%d pc=%d\n", sc, uc, pc);
    printf("CHAR_MIN=%d CHAR_MAX=%d\n", CHAR_MIN, CHAR_MAX);
    printf("plain char signed: %d\n", CHAR_MIN < 0);
    printf("SCHAR_MIN=%d SCHAR_MAX=%d UCHAR_MAX=%d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);

    /* conversions between char kinds */
    unsigned char from_s = (unsigned char)sc;
    signed char from_u = (signed char)uc;
    printf("from_s=%d from_u=%d\n", from_s, from_u);

    /* high-bit characters in strings */
    const char *s = "\xff\x80\x7f";
    for (int i = 0; s[i]; i++)
        printf("byte %d: as uchar %d, as schar %d\n", i, (unsigned char)s[i], (signed char)s[i]);

    /* char arithmetic */
    char letters[27];
    for (int i = 0; i < 26; i++) letters[i] = (char)('a' + i);
    letters[26] = '\0';
    printf("%s\n", letters);
    char up = (char)(letters[3] - 'a' + 'A');
    printf("up=%c\n", up);

    /* sign extension into int */
    signed char m = -1;
    unsigned int ext = (unsigned int)m;
    unsigned int noext = (unsigned char)m;
    printf("ext=%x noext=%x\n", ext, noext);
    printf("sizeof(char)=%zu sizeof('a')=%zu\n", sizeof(char), sizeof('a'));
    return 0;
}

/* EXPECT-STDOUT:
sc=-16 uc=240 pc=65
CHAR_MIN=-128 CHAR_MAX=127
plain char signed: 1
SCHAR_MIN=-128 SCHAR_MAX=127 UCHAR_MAX=255
from_s=240 from_u=-16
byte 0: as uchar 255, as schar -1
byte 1: as uchar 128, as schar -128
byte 2: as uchar 127, as schar 127
abcdefghijklmnopqrstuvwxyz
up=D
ext=ffffffff noext=ff
sizeof(char)=1 sizeof('a')=4
*/
