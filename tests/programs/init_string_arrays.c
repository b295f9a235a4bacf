#include <stdio.h>
#include <string.h>

static char global_exact[6] = "hello";
static char global_big[10] = "hi";
static char global_nonul[3] = "abc";

int main(void) {
    char exact[] = "exact";
    char big[12] = "big";
    char nonul[4] = "four";
    char wrapped[] = {"braced"};
    char chars[] = {'c', 'h', 'a', 'r', 's'};
    char multi[3][6] = {"one", "two", "three"};
    const char *ptrs[] = {"p1", "p2"};
    printf("exact=%s sizeof=%zu\n", exact, sizeof exact);
    printf("big=%s sizeof=%zu tail zero=%d\n", big, sizeof big, big[11] == 0 && big[3] == 0);
    printf("nonul sizeof=%zu content=%.*s\n", sizeof nonul, (int)sizeof nonul, nonul);
    printf("wrapped=%s sizeof=%zu\n", wrapped, sizeof wrapped);
    printf("chars sizeof=%zu content=%.*s\n", sizeof chars, (int)sizeof chars, chars);
    for (int i = 0; i < 3; i++) printf("multi[%d]=%s\n", i, multi[i]);
    printf("ptrs %s %s\n", ptrs[0], ptrs[1]);
    printf("globals %s %s %.3s sizes %zu %zu %zu\n", global_exact, global_big, global_nonul,
           sizeof global_exact, sizeof global_big, sizeof global_nonul);
    int zeros = 0;
    for (size_t i = 2; i < sizeof global_big; i++) zeros += global_big[i] == 0;
    printf("global_big zeros=%d\n", zeros);
    big[3] = '!';
    printf("big now=%s len=%zu\n", big, strlen(big));
    char embedded[] = "a\0b\0c";
    printf("embedded sizeof=%zu strlen=%zu b=%c\n", sizeof embedded, strlen(embedded), embedded[2]);
    unsigned char ub[] = "\xff\x01";
    printf("ub %d %d %d\n", ub[0], ub[1], ub[2]);
    return 0;
}

/* EXPECT-STDOUT:
exact=exact sizeof=6
big=big sizeof=12 tail zero=1
nonul sizeof=4 content=four
wrapped=braced sizeof=7
chars sizeof=5 content=chars
multi[0]=one
multi[1]=two
multi[2]=three
ptrs p1 p2
globals hello hi abc sizes 6 10 3
global_big zeros=8
big now=big! len=4
embedded sizeof=6 strlen=1 b=b
ub 255 1 0
*/
