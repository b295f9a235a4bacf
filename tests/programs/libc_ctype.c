#include <stdio.h>
#include <ctype.h>

int main(void) {
    const char *s = "Hello, World! 123\tx_Y~";
    int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0, lower = 0, alnum = 0, xdig = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        alpha += !!isalpha(c); digit += !!isdigit(c); space += !!isspace(c); punct += !!ispunct(c);
        upper += !!isupper(c); lower += !!islower(c); alnum += !!isalnum(c); xdig += !!isxdigit(c);
    }
    printf("alpha=%d digit=%d space=%d punct=%d upper=%d lower=%d alnum=%d xdigit=%d\n",
           alpha, digit, space, punct, upper, lower, alnum, xdig);
    for (const char *p = s; *p; p++) putchar(toupper((unsigned char)*p));
    putchar('\n');
    for (const char *p = s; *p; p++) putchar(tolower((unsigned char)*p));
    putchar('\n');
    printf("cntrl(\\n)=%d print(' ')=%d graph(' ')=%d blank(\\t)=%d\n", !!iscntrl('\n'), !!isprint(' '),
           !!isgraph(' '), !!isblank('\t'));
    printf("toupper non-letter: %c %c\n", toupper('5'), tolower('#'));
    /* classify all 7-bit chars into a compact signature */
    unsigned long sig = 0;
    for (int c = 0; c < 128; c++) sig = sig * 3 + (isalpha(c) ? 1 : isdigit(c) ? 2 : 0), sig %= 1000000007UL;
    printf("signature=%lu\n", sig);
    /* capitalize words */
    char text[] = "the quick brown fox";
    int start = 1;
    for (char *p = text; *p; p++) {
        if (isspace((unsigned char)*p)) start = 1;
        else if (start) { *p = (char)toupper((unsigned char)*p); start = 0; }
    }
    printf("%s\n", text);
    return 0;
}

/* EXPECT-STDOUT:
alpha=12 digit=3 space=3 punct=4 upper=3 lower=9 alnum=15 xdigit=5
HELLO, WORLD! 123	X_Y~
hello, world! 123	x_y~
cntrl(\n)=1 print(' ')=1 graph(' ')=0 blank(\t)=1
toupper non-letter: 5 #
signature=781064916
The Quick Brown Fox
*/
