/* Designated initializers (the kernel's style) keep their pointers'
 * capabilities too: `.end = buf + sizeof buf` is buf's end, in a global, a
 * static local, a local, an array by index, a member of an anonymous
 * union, a union member chosen by name, a positional item after a
 * designator, and a later designator overriding an earlier one. */
#include <stdio.h>
#include <string.h>

struct buffer {
    int id;
    char *start;
    char *end;
    union {
        char *cursor;
        long offset;
    };
    const char *name;
};

union word {
    long n;
    char *p;
};

char g1[8] = "1234567";
char g2[8] = "abcdefg";

struct buffer gb = { .end = g1 + sizeof g1, .start = g1, .cursor = g1 + 8, "gb", .id = 7 };
char *ends[3] = { [2] = g2 + 8, [0] = g1 + 8 };
union word gw = { .p = g1 + 8 };

static unsigned back(const char *b, const char *e)
{
    unsigned s = 0;
    while (e > b)
        s = s * 33 + (unsigned char)*--e;
    return s;
}

static unsigned in_static(void)
{
    static char arr[4] = "xyz";
    static struct buffer sb = { .start = arr, .end = arr + 4, .name = "sb", .end = arr + 3 };
    return back(sb.start, sb.end) + (unsigned)strlen(sb.name);
}

int main(void)
{
    char la[8] = "ABCDEFG";
    char lb[8] = "HIJKLMN";
    struct buffer lbuf = { .start = la, .end = la + 8, .cursor = la + 8, .name = "lbuf" };
    char *lends[2] = { [1] = lb + 8, [0] = la + 8 };
    union word lw = { .p = lb + 8 };
    printf("%u %u %c %s %d\n", back(gb.start, gb.end), back(g1, gb.cursor), gb.cursor[-3],
           gb.name, gb.id);
    printf("%c %c %c %u\n", ends[0][-1] ? ends[0][-2] : '?', ends[2][-2], gw.p[-4], in_static());
    printf("%u %c %c %c %c %s\n", back(lbuf.start, lbuf.end), lbuf.cursor[-2], lends[0][-2],
           lends[1][-2], lw.p[-3], lbuf.name);
    return 0;
}

/* EXPECT-STDOUT:
194385260 194385260 6 gb 7
? g 5 136973
28770268 G G N M lbuf
*/
