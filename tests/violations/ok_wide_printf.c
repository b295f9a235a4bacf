// Wide printf within bounds: swprintf into a buffer of exactly the size
// it is told, %ls and %s arguments, a precision on an unterminated wide
// buffer (only that many characters are read), fwprintf to a file.
#include <stdio.h>
#include <wchar.h>

int main(int argc, char **argv)
{
    (void)argv;
    wchar_t out[32];
    wchar_t raw[4] = {L'a', L'b', L'c', L'd'}; /* not terminated */
    int n = swprintf(out, 32, L"%ls-%s-%d-%.3ls", L"wide", "narrow", argc, raw);
    printf("%d %ls\n", n, out);
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        printf("%d\n", fwprintf(sink, L"%ls %d\n", out, n));
        fclose(sink);
    }
    return 0;
}
/* EXPECT-STDOUT:
17 wide-narrow-1-abc
21
*/
