// Every argument glibc's ctype tables define (-128..255, so EOF and plain
// chars with the high bit set too), through the macros, the function forms,
// and pointers to the functions, in the C locale and after a locale change
// (which moves the tables).
#include <ctype.h>
#include <locale.h>
#include <stdio.h>

static int (*const fns[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                                  islower, isprint, ispunct, isspace, isupper, isxdigit};

static unsigned long sweep(void)
{
    unsigned long h = 0;
    for (int c = -128; c <= 255; c++) {
        h = h * 31 + (isalnum(c) != 0) + 2 * (isalpha(c) != 0) + 4 * (isblank(c) != 0) +
            8 * (iscntrl(c) != 0) + 16 * (isdigit(c) != 0) + 32 * (isgraph(c) != 0);
        h = h * 31 + (islower(c) != 0) + 2 * (isprint(c) != 0) + 4 * (ispunct(c) != 0) +
            8 * (isspace(c) != 0) + 16 * (isupper(c) != 0) + 32 * (isxdigit(c) != 0);
        h = h * 31 + (unsigned)toupper(c) + 3u * (unsigned)tolower(c);
        h = h * 31 + ((isalpha)(c) != 0) + ((isdigit)(c) != 0) + ((isspace)(c) != 0);
        for (unsigned k = 0; k < sizeof fns / sizeof fns[0]; k++)
            h = h * 7 + (fns[k](c) != 0);
    }
    return h;
}

int main(void)
{
    const char *s = "Hello, World 42!\t\xe9\xff";
    int alpha = 0, up = 0;
    for (const char *p = s; *p; p++) { /* plain (signed) char arguments */
        alpha += isalpha(*p) != 0;
        up += isupper(*p) != 0;
    }
    printf("%d %d %d %c%c\n", alpha, up, isspace(EOF), toupper('q'), tolower('Q'));
    printf("%lx\n", sweep());
    if (setlocale(LC_ALL, "C.UTF-8"))
        printf("%lx\n", sweep());
    return 0;
}
/* EXPECT-STDOUT:
10 2 0 Qq
76626a37fda4d676
76626a37fda4d676
*/
