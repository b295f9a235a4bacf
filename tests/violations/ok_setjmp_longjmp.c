// setjmp/longjmp error recovery: jumping back to a frame that is still live,
// skipping deeper frames (whose locals end).
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf recover;
static char bad_char;

static int parse_digit(char c)
{
    if (c < '0' || c > '9') {
        bad_char = c;
        longjmp(recover, 1);
    }
    return c - '0';
}

static int parse_number(const char *s)
{
    int digits[16];
    int n = 0;
    for (; *s && n < 16; s++)
        digits[n++] = parse_digit(*s);
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + digits[i];
    return v;
}

static int depth3(const char *s) { return parse_number(s) + 1; }
static int depth2(const char *s) { return depth3(s) * 2; }

int main(void)
{
    const char *inputs[] = {"123", "4x5", "77", "9?"};
    for (int i = 0; i < 4; i++) {
        if (setjmp(recover) == 0)
            printf("%d\n", depth2(inputs[i]));
        else
            printf("bad char '%c' in %s\n", bad_char, inputs[i]);
    }
    return 0;
}
/* EXPECT-STDOUT:
248
bad char 'x' in 4x5
156
bad char '?' in 9?
*/
